import { Fragment } from 'react';
import type { SentencePart } from '../../report';

/** A sentence of the report as markup: names in bold, figures as numbers, the rest as words. */
export function SentenceParts({ parts }: { readonly parts: readonly SentencePart[] }) {
  return parts.map((p, i) =>
    p.role === 'name' ? (
      <strong key={i}>{p.text}</strong>
    ) : p.role === 'figure' ? (
      <span key={i} className="num">
        {p.text}
      </span>
    ) : (
      <Fragment key={i}>{p.text}</Fragment>
    ),
  );
}
