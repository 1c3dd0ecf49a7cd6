import { Alert, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { emailKey, phoneKey } from '../../../../src/duplicates/normalise.ts';
import {
  type DuplicateCandidate,
  type DuplicateCheckInput,
  type DuplicateReason,
  useDuplicateCheck,
} from '../../api/duplicates.api.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';

export interface TypedParty {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
}

interface DuplicateWarningProps {
  /** What is being typed: a customer (with its kind) or a contact (with its organization). */
  record: Omit<DuplicateCheckInput, 'name' | 'phone' | 'email'>;
  /** The form's values now. */
  values: TypedParty;
  /** When editing, the record's saved values: the check waits until one of them is changed. */
  saved?: TypedParty;
}

const clean = (value: string | null | undefined) => value?.trim() ?? '';

/**
 * What the check is asked about: a name of two or more characters, a phone or an email that gives a
 * key (src/duplicates/normalise.ts, as the server computes it); null when there is nothing to check.
 */
export function checkInput(record: DuplicateWarningProps['record'], values: TypedParty, saved?: TypedParty) {
  const [name, phone, email] = [clean(values.name), clean(values.phone), clean(values.email)];
  if (saved && name === clean(saved.name) && phone === clean(saved.phone) && email === clean(saved.email)) return null;
  const input: DuplicateCheckInput = { ...record };
  if (Array.from(name).length >= 2) input.name = name;
  if (phoneKey(phone)) input.phone = phone;
  if (emailKey(email) && /^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$/.test(email)) input.email = email;
  return input.name || input.phone || input.email ? input : null;
}

/**
 * "Possible duplicates" above a form's save button, while the form is typed (debounced): links to the
 * records the reader may see, and for the others whose they are, so the two managers can talk. It
 * warns; saving stays possible.
 */
export function DuplicateWarning({ record, values, saved }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const wanted = checkInput(record, values, saved);
  const key = JSON.stringify(wanted);
  const debouncedKey = useDebouncedValue(key, 400);
  const input = useMemo(() => JSON.parse(debouncedKey) as DuplicateCheckInput | null, [debouncedKey]);
  const check = useDuplicateCheck(input);
  const candidates = wanted && input ? (check.data ?? []) : [];
  if (!candidates.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="duplicate-warning"
      style={{ marginBottom: 12, textAlign: 'left' }}
      title={t('duplicates.title')}
      description={
        <>
          <ul style={{ margin: 0, paddingInlineStart: 18, overflowWrap: 'anywhere' }}>
            {candidates.map((candidate, i) => (
              <CandidateLine
                key={candidate.visible ? `${candidate.kind}:${candidate.id}` : `hidden:${i}`}
                candidate={candidate}
              />
            ))}
          </ul>
          <Typography.Text type="secondary">
            {t(
              candidates.some((candidate) => !candidate.visible)
                ? 'duplicates.saveAnywayTalk'
                : 'duplicates.saveAnyway',
            )}
          </Typography.Text>
        </>
      }
    />
  );
}

function CandidateLine({ candidate }: { candidate: DuplicateCandidate }) {
  const { t } = useTranslation();
  const reasons = <Reasons reasons={candidate.reasons} />;
  const verdict = (
    <Tag color={candidate.verdict === 'certain' ? 'red' : 'orange'} style={{ marginInlineStart: 6 }}>
      {t(`duplicates.${candidate.verdict}`)}
    </Tag>
  );
  if (!candidate.visible) {
    const text = candidate.owner
      ? t('duplicates.hidden', { owner: candidate.owner.name, role: t(`enums.role.${candidate.owner.role}`) })
      : t('duplicates.hiddenNoOwner');
    return (
      <li data-testid="duplicate-hidden">
        {text}
        {verdict}
        {reasons}
      </li>
    );
  }
  const customerId = candidate.kind === 'contact' ? candidate.customer?.id : candidate.id;
  const details = [
    candidate.kind === 'contact' && candidate.customer
      ? t('duplicates.contactOf', { customer: candidate.customer.name })
      : null,
    candidate.owner ? t('duplicates.ownedBy', { name: candidate.owner.name }) : t('duplicates.noOwner'),
  ].filter(Boolean);
  return (
    <li data-testid="duplicate-visible">
      <Link to={`/customers/${customerId}`} target="_blank" rel="noopener">
        {candidate.name}
      </Link>
      <Typography.Text type="secondary"> · {details.join(' · ')}</Typography.Text>
      {verdict}
      {reasons}
    </li>
  );
}

function Reasons({ reasons }: { reasons: Pick<DuplicateReason, 'reason' | 'placesDiffer' | 'score'>[] }) {
  const { t } = useTranslation();
  const label = ({ reason, placesDiffer, score }: Pick<DuplicateReason, 'reason' | 'placesDiffer' | 'score'>) => {
    if (reason === 'sameOrganisation' && placesDiffer) return t('duplicates.reason.sameOrganisationElsewhere');
    if (reason === 'similarName' && score === 1) return t('duplicates.reason.sameName');
    return t(`duplicates.reason.${reason}`);
  };
  return <Typography.Text type="secondary">{reasons.map(label).join(t('duplicates.separator'))}</Typography.Text>;
}
