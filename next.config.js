import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  // Server actions receive a people import of up to 5 MB (lib/people-import/people-import-form.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
