import { useTranslation } from 'react-i18next';
import {
  type Attitude,
  attitudes,
  type BuyingRole,
  buyingRoles,
  type CustomerKind,
  customerKinds,
  type LeadSource,
  leadSources,
  type RelationshipLevel,
  type Role,
  relationshipLevels,
  roles,
} from '../api/domain.types.ts';

/** Translated labels and Select options for the domain's enumerations. */
export function useEnumLabels() {
  const { t } = useTranslation();
  return {
    kind: (value: CustomerKind) => t(`enums.kind.${value}`),
    leadSource: (value: LeadSource) => t(`enums.leadSource.${value}`),
    level: (value: RelationshipLevel) => t(`enums.level.${value}`),
    buyingRole: (value: BuyingRole) => t(`enums.buyingRole.${value}`),
    attitude: (value: Attitude) => t(`enums.attitude.${value}`),
    role: (value: Role) => t(`enums.role.${value}`),
  };
}

const indirectSources: readonly LeadSource[] = ['advertising', 'internet', 'inquiry', 'phone', 'mail', 'agent'];

export function useEnumOptions() {
  const { t } = useTranslation();
  const label = useEnumLabels();
  const sourceOption = (value: LeadSource) => ({ value, label: label.leadSource(value) });
  return {
    kind: customerKinds.map((value) => ({ value, label: label.kind(value) })),
    level: relationshipLevels.map((value) => ({ value, label: label.level(value) })),
    buyingRole: buyingRoles.map((value) => ({ value, label: label.buyingRole(value) })),
    attitude: attitudes.map((value) => ({ value, label: label.attitude(value) })),
    role: roles.map((value) => ({ value, label: label.role(value) })),
    /** Lead sources grouped as the texts do: indirect, then direct. */
    leadSource: [
      {
        label: t('enums.leadSourceGroup.indirect'),
        title: 'indirect',
        options: leadSources.filter((s) => indirectSources.includes(s)).map(sourceOption),
      },
      {
        label: t('enums.leadSourceGroup.direct'),
        title: 'direct',
        options: leadSources.filter((s) => !indirectSources.includes(s)).map(sourceOption),
      },
    ],
  };
}
