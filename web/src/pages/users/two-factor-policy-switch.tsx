import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { twoFactorApi, twoFactorKeys, useTwoFactorPolicy } from '../../api/two-factor.api.ts';
import { useApiError } from '../../hooks/use-api-error.ts';

/** The administrators' rule: two-factor sign-in required for every administrator, or not. */
export function TwoFactorPolicySwitch() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const policy = useTwoFactorPolicy();
  const save = useMutation({
    mutationFn: (required: boolean) => twoFactorApi.setPolicy(required),
    onSuccess: (answer) => {
      queryClient.setQueryData(twoFactorKeys.policy, answer);
      void queryClient.invalidateQueries({ queryKey: twoFactorKeys.status });
      message.success(t('security.twoFactor.policySaved'));
    },
    onError: (error) => showError(error),
  });
  return (
    <Card size="small">
      <Flex gap={12} align="flex-start">
        <Switch
          checked={policy.data?.requiredForAdmins ?? false}
          loading={policy.isPending || save.isPending}
          onChange={(required) => save.mutate(required)}
          aria-label={t('security.twoFactor.policy')}
          data-testid="two-factor-policy"
        />
        <Flex vertical>
          <Typography.Text strong>{t('security.twoFactor.policy')}</Typography.Text>
          <Typography.Text type="secondary">{t('security.twoFactor.policyHint')}</Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
