// What the article text marks in the review: every mention of an entity the machine found (new
// ones apart), the selected entity's mentions, and the selected claim's passage.
import type { Review } from '../../contract/index.ts';
import type { ItemRef } from './review-queue.ts';
import type { Mark } from './text-marks.ts';

export function reviewMarks(review: Review, selected: ItemRef | undefined): Mark[] {
  const marks: Mark[] = review.entities.flatMap((entity, index) =>
    entity.mentions.map((span) => {
      const chosen = selected?.kind === 'entity' && selected.index === index;
      return { span, className: ['mention', entity.new ? 'mention-new' : '', chosen ? 'mention-selected' : ''].filter(Boolean).join(' ') };
    }),
  );
  if (selected?.kind === 'claim') marks.push({ span: review.claims[selected.index]!.offsets, className: 'passage' });
  return marks;
}
