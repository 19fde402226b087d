import { createTransport, type Transporter } from 'nodemailer';

/**
 * A nodemailer transport for SMTP_URL (smtp://user:pass@host:587, or smtps:// for TLS from the start). One
 * pooled connection, reused from mail to mail: the worker awaits each mail's 250 (and reports it) before the
 * next, so the pool never has two mails of this worker in flight.
 *
 * @example
 * const transport = smtpTransport('smtp://127.0.0.1:2525');
 */
export function smtpTransport(smtpUrl: string): Transporter {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new Error(`SMTP_URL is not a URL: ${JSON.stringify(smtpUrl.slice(0, 100))}. Example: smtp://user:password@smtp.example.org:587`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  }
  const secure = url.protocol === 'smtps:';
  return createTransport({
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    pool: true,
    maxConnections: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
}
