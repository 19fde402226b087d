import type { Locale } from '../../i18n/index.ts';
import type { ProjectPathProps } from '../content/project-paths.ts';
import { reportDocx } from './docx.ts';
import { buildParticipationReport } from './participation-report.ts';

/** The participation report as a Word document, for the endpoint files next to the report pages. */
export function reportDocxResponse(props: ProjectPathProps, locale: Locale): Response {
  const report = buildParticipationReport(props.timeline, locale);
  return new Response(Buffer.from(reportDocx(report, report.day)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
}
