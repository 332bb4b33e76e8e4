import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/server/i18n/request.ts');

/** Powerful browser features the app never uses, switched off for it and anything it could embed. */
const DENIED_FEATURES = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** On every response. Pages get their Content-Security-Policy, with a nonce, from proxy.ts. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Browsers without CSP frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ') },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

/** The API answers JSON and CSV: nothing in them may load or run anything. */
const apiPolicy = "default-src 'none'; frame-ancestors 'none'";
/** Auth.js's own pages (an error, the sign-out confirmation) are plain HTML with an inline style sheet. */
const authPagesPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // pdfkit reads its fonts' metrics from its own folder at run time; exceljs is large and needs no bundling.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pdfkit', 'exceljs'],
  // Server actions receive a people import of up to 5 MB (lib/domain/people-import/people-import-form.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiPolicy }] },
      { source: '/api/auth/:path*', headers: [{ key: 'Content-Security-Policy', value: authPagesPolicy }] },
    ];
  },
};

export default withNextIntl(nextConfig);
