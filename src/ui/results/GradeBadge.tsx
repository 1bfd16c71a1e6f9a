import type { Grade } from '../../engine';

const TEXT: Record<Grade, string> = {
  official: 'official',
  derived: 'derived',
  secondary: 'secondary source — check it',
};

/** How far to trust a price: official, derived, or secondary (flagged). */
export function GradeBadge({ grade }: { readonly grade: Grade }) {
  return (
    <span
      className={`grade grade--${grade}`}
      title={grade === 'secondary' ? 'A third party quoting or deriving the price, not the provider' : undefined}
    >
      {grade === 'secondary' ? '⚠ ' : ''}
      {TEXT[grade]}
    </span>
  );
}
