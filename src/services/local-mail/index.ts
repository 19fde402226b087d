/** The local SMTP catcher of the embedded default (`npm start`); see mail-catcher.ts. */
export { linksIn, startMailCatcher, type CaughtMail, type MailCatcher, type MailCatcherOptions } from './mail-catcher.ts';
