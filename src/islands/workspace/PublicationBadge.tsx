import type { WorkspaceText } from '../../i18n/text/workspace.ts';
import type { Publication } from '../../lib/workspace/roles.ts';

const tone: Record<Publication, string> = {
  draft: 'utrecht-badge-status--neutral',
  awaiting_approval: 'utrecht-badge-status--warning',
  scheduled: 'utrecht-badge-status--active',
  published: 'utrecht-badge-status--success',
  unpublished: 'utrecht-badge-status--inactive',
};

/**
 * A record's publication state in words (never colour alone): "Publicatie: Concept". A published record with a
 * change that is not public yet gets a second badge with the change's state: "Wijziging: Wacht op goedkeuring".
 */
export function PublicationBadge({
  publication,
  pending,
  text,
}: {
  publication: Publication;
  pending?: Publication | null;
  text: WorkspaceText;
}) {
  return (
    <>
      <span class={`utrecht-badge-status ${tone[publication]}`}>
        <span class="workspace-visually-hidden">{text.publication.label}: </span>
        {text.publication[publication]}
      </span>
      {pending && (
        <>
          {' '}
          <span class={`utrecht-badge-status ${tone[pending]}`}>
            {text.pending.label}: {text.publication[pending]}
          </span>
        </>
      )}
    </>
  );
}
