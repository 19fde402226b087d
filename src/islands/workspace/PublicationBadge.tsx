import type { WorkspaceText } from '../../i18n/text/workspace.ts';
import type { Publication } from '../../lib/workspace/roles.ts';

const tone: Record<Publication, string> = {
  draft: 'utrecht-badge-status--neutral',
  awaiting_approval: 'utrecht-badge-status--warning',
  published: 'utrecht-badge-status--success',
  unpublished: 'utrecht-badge-status--inactive',
};

/** A record's publication state in words (never colour alone): "Publicatie: Concept". */
export function PublicationBadge({ publication, text }: { publication: Publication; text: WorkspaceText }) {
  return (
    <span class={`utrecht-badge-status ${tone[publication]}`}>
      <span class="workspace-visually-hidden">{text.publication.label}: </span>
      {text.publication[publication]}
    </span>
  );
}
