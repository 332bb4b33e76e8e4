import { getTranslations } from 'next-intl/server';
import { CreateScimTokenForm } from '@/components/admin/create-scim-token-form';
import { DataTable } from '@/components/data-table';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import type { ScimTokenEntry } from '@/lib/server/scim/scim-token-admin';
import { RevokeScimTokenButton } from './revoke-scim-token-button';

/**
 * Provisioning from an identity provider: the tenant URL to give it, the tokens it may use (made
 * here, shown once, revoked here), and when each was used last.
 */
export async function ScimTokens({ tokens, tenantUrl }: { tokens: ScimTokenEntry[]; tenantUrl: string }) {
  const [t, format] = await Promise.all([getTranslations('admin.scim'), getAppFormatter()]);
  const moment = (value: Date) => format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <p className="mb-3 text-sm text-slate-600">{t('intro')}</p>
      <dl className="mb-4">
        <dt className="text-sm font-medium text-slate-800">{t('tenantUrl')}</dt>
        <dd>
          <code className="break-all rounded bg-slate-100 px-2 py-1 text-sm">{tenantUrl}</code>
        </dd>
      </dl>
      <h3 className="mb-2 font-semibold text-brand-900">{t('createTitle')}</h3>
      <CreateScimTokenForm />
      <h3 className="mb-2 mt-6 font-semibold text-brand-900">{t('tokens')}</h3>
      {tokens.length === 0 ? (
        <p className="text-slate-600">{t('none')}</p>
      ) : (
        <DataTable
          compact
          stackOnPhone
          caption={t('tokens')}
          columns={[
            { label: t('name') },
            { label: t('createdAt') },
            { label: t('lastUsed') },
            { label: t('status') },
            { label: <span className="sr-only">{t('revoke')}</span> },
          ]}
        >
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 font-medium">
                {token.name}
              </th>
              <td className="px-3 py-2">{moment(token.createdAt)}</td>
              <td className="px-3 py-2">{token.lastUsedAt ? moment(token.lastUsedAt) : t('neverUsed')}</td>
              <td className="px-3 py-2">
                {token.revokedAt ? t('revokedOn', { date: moment(token.revokedAt) }) : t('active')}
              </td>
              <td className="px-3 py-2">
                {token.revokedAt ? null : <RevokeScimTokenButton tokenId={token.id} name={token.name} />}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
