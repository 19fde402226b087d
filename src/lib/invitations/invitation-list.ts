import type { Locale } from '../../i18n/index.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localizeFields, type LocalizedFields } from '../content-language/localize.ts';
import { formatDate } from '../format/dates.ts';
import { amsterdamDate } from '../timeline/amsterdam-date.ts';

/** One invitation as the join page shows it: what it said, to which group, when and to how many it went. */
export interface InvitationView {
  id: string;
  title: string;
  body: string;
  lang: LocalizedFields<'title' | 'body'>['lang'];
  group: string | null;
  sentOn: string;
  recipients: number;
}

/** The project's invitations to those who take part, newest first. */
export function buildInvitationList(timeline: ProjectTimeline, locale: Locale): InvitationView[] {
  return [...timeline.invitations]
    .sort((a, b) => b.published_at.localeCompare(a.published_at))
    .map((invitation) => {
      const words = localizeFields(invitation, ['title', 'body'], locale);
      return {
        id: invitation.id,
        title: words.text.title,
        body: words.text.body,
        lang: words.lang,
        group: invitation.group_name,
        sentOn: formatDate(amsterdamDate(invitation.published_at), locale).text,
        recipients: invitation.recipients ?? 0,
      };
    });
}
