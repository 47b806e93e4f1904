/**
 * The panel's styles. A page themes it through the `--dh-*` custom
 * properties and `::part()` only. One column in a narrow container (a 360 px
 * portal column); side by side from 46rem of the panel's own width
 * (a container query, so the panel adapts to its slot, not the window).
 */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--dh-color-text, #1b1f24);
    font-family: var(
      --dh-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'Noto Sans TC',
      'PingFang TC',
      'Microsoft JhengHei',
      'Noto Sans SC',
      'PingFang SC',
      'Microsoft YaHei',
      sans-serif
    );
    font-size: var(--dh-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    background: var(--dh-color-surface, #ffffff);
    border: 1px solid var(--dh-color-border, #aab3bd);
    border-radius: var(--dh-radius, 0.375rem);
    padding: var(--dh-space, 1rem);
    min-width: 0;
  }
  .base.loading {
    min-height: 6rem;
  }
  .header {
    border-bottom: 3px solid var(--dh-color-accent, #0b57a4);
    padding-bottom: calc(var(--dh-space, 1rem) * 0.5);
    margin-bottom: var(--dh-space, 1rem);
  }
  h2 {
    font-size: 1.25em;
    margin: 0;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 1.15em;
    margin: 0 0 calc(var(--dh-space, 1rem) * 0.75);
  }
  h4 {
    font-size: 1.05em;
    margin: 0 0 calc(var(--dh-space, 1rem) * 0.5);
    overflow-wrap: anywhere;
  }
  h5 {
    font-size: 1em;
    margin: var(--dh-space, 1rem) 0 calc(var(--dh-space, 1rem) * 0.5);
  }
  h3:focus,
  h4:focus {
    outline: none;
  }
  h3:focus-visible,
  h4:focus-visible {
    outline: 3px solid var(--dh-color-focus, #0b57a4);
  }
  p {
    margin: 0 0 calc(var(--dh-space, 1rem) * 0.5);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.25em 0 0;
    color: var(--dh-color-text-muted, #4a5561);
    overflow-wrap: anywhere;
  }
  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0 0 calc(var(--dh-space, 1rem) * 0.75);
    padding: 0;
  }
  .nav button {
    border-radius: 999px;
  }
  .nav button[aria-current='page'] {
    background: var(--dh-color-accent, #0b57a4);
    border-color: var(--dh-color-accent, #0b57a4);
    color: var(--dh-color-accent-ink, #ffffff);
  }
  .count {
    font-weight: 700;
  }
  .status {
    min-height: 1.5em;
    color: var(--dh-color-text-muted, #4a5561);
    font-size: 0.925em;
  }
  .status.saving::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--dh-color-accent, #0b57a4);
  }
  .warning {
    border-inline-start: 4px solid var(--dh-color-warn, #8a4b00);
    background: var(--dh-color-surface-alt, #f4f6f8);
    color: var(--dh-color-warn, #8a4b00);
    padding: calc(var(--dh-space, 1rem) * 0.5) var(--dh-space, 1rem);
  }
  .card,
  form.signature,
  .signature {
    background: var(--dh-color-surface-alt, #f4f6f8);
    border: 1px solid var(--dh-color-border, #aab3bd);
    border-radius: var(--dh-radius, 0.375rem);
    padding: calc(var(--dh-space, 1rem) * 0.75);
    margin: 0 0 var(--dh-space, 1rem);
    min-width: 0;
  }
  .card .card,
  .card form {
    background: var(--dh-color-surface, #ffffff);
  }
  .card form {
    border: 1px dashed var(--dh-color-border, #aab3bd);
    border-radius: var(--dh-radius, 0.375rem);
    padding: calc(var(--dh-space, 1rem) * 0.75);
    margin-top: calc(var(--dh-space, 1rem) * 0.5);
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 var(--dh-space, 1rem);
  }
  @container (min-width: 46rem) {
    .columns {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .field-row {
      flex-wrap: nowrap;
    }
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul.plain {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  ul.plain li {
    margin: 0.125em 0;
    overflow-wrap: anywhere;
  }
  .cards > li {
    list-style: none;
  }
  .checklist li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: start;
    gap: 0.25em 0.6em;
    padding: 0.4em 0;
    border-bottom: 1px solid var(--dh-color-border, #aab3bd);
  }
  .checklist li:last-child {
    border-bottom: 0;
  }
  .checklist .stamp {
    grid-column: 2 / -1;
    margin: 0;
  }
  .checklist input[type='checkbox'],
  .checkbox-field input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--dh-color-accent, #0b57a4);
  }
  .label {
    overflow-wrap: anywhere;
  }
  .required {
    font-size: 0.8em;
    font-weight: 700;
    color: var(--dh-color-accent, #0b57a4);
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5em;
    white-space: nowrap;
  }
  .record,
  .inventory-item,
  .blocker-list > li {
    border: 1px solid var(--dh-color-border, #aab3bd);
    border-radius: var(--dh-radius, 0.375rem);
    background: var(--dh-color-surface, #ffffff);
    padding: calc(var(--dh-space, 1rem) * 0.6);
    margin: 0 0 calc(var(--dh-space, 1rem) * 0.5);
    overflow-wrap: anywhere;
  }
  .inventory-item.discrepancy {
    border-color: var(--dh-color-warn, #8a4b00);
  }
  .record-title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
    font-weight: 600;
  }
  .title-text {
    overflow-wrap: anywhere;
  }
  .expected {
    font-weight: normal;
    color: var(--dh-color-text-muted, #4a5561);
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 700;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.55em;
    color: var(--dh-color-text-muted, #4a5561);
    max-width: 100%;
  }
  .badge.warn {
    color: var(--dh-color-warn, #8a4b00);
  }
  .badge.ok {
    color: var(--dh-color-ok, #1d6b35);
  }
  .badge.bad {
    color: var(--dh-color-error, #a4161a);
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0 0 calc(var(--dh-space, 1rem) * 0.5);
  }
  @container (min-width: 30rem) {
    dl.facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    dl.facts.compact {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  dl.facts > div {
    min-width: 0;
  }
  dt {
    font-size: 0.85em;
    color: var(--dh-color-text-muted, #4a5561);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* What people typed keeps its line breaks. */
  dl.compact dd {
    white-space: pre-line;
  }
  .stamp {
    font-size: 0.9em;
    color: var(--dh-color-text-muted, #4a5561);
    overflow-wrap: anywhere;
  }
  .stamp.done {
    color: var(--dh-color-ok, #1d6b35);
  }
  .stamp.warn {
    color: var(--dh-color-warn, #8a4b00);
  }
  .hint,
  .empty {
    color: var(--dh-color-text-muted, #4a5561);
    font-size: 0.925em;
  }
  .form-title {
    font-weight: 700;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    margin: 0 0 calc(var(--dh-space, 1rem) * 0.6);
    min-width: 0;
    flex: 1 1 10rem;
  }
  .checkbox-field {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.25em 0.6em;
    align-items: start;
  }
  .checkbox-field .hint {
    grid-column: 2;
  }
  .field-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--dh-space, 1rem);
  }
  label {
    font-weight: 600;
  }
  .required-mark {
    font-weight: normal;
    font-size: 0.85em;
    color: var(--dh-color-text-muted, #4a5561);
  }
  input:not([type='checkbox']),
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: var(--dh-color-surface, #ffffff);
    border: 1px solid var(--dh-color-border, #aab3bd);
    border-radius: var(--dh-radius, 0.375rem);
    padding: 0.4em 0.5em;
    min-height: 2.5rem;
    width: 100%;
    min-width: 0;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--dh-color-error, #a4161a);
  }
  textarea {
    resize: vertical;
  }
  .field-error {
    color: var(--dh-color-error, #a4161a);
    font-size: 0.9em;
  }
  button {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.35em 0.9em;
    border: 1px solid var(--dh-color-accent, #0b57a4);
    border-radius: var(--dh-radius, 0.375rem);
    background: var(--dh-color-surface, #ffffff);
    color: var(--dh-color-accent, #0b57a4);
    cursor: pointer;
  }
  button.primary {
    background: var(--dh-color-accent, #0b57a4);
    color: var(--dh-color-accent-ink, #ffffff);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.link {
    border: 0;
    min-height: 0;
    padding: 0;
    background: none;
    text-decoration: underline;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.25em;
  }
  .step {
    margin: var(--dh-space, 1rem) 0 0;
  }
  .refusal,
  .error {
    color: var(--dh-color-error, #a4161a);
    background: var(--dh-color-error-surface, #fdf1f1);
    border: 1px solid currentColor;
    border-radius: var(--dh-radius, 0.375rem);
    padding: calc(var(--dh-space, 1rem) * 0.6);
    margin: calc(var(--dh-space, 1rem) * 0.5) 0;
    overflow-wrap: anywhere;
  }
  .error .title,
  .refusal-message,
  .blocker-message {
    font-weight: 700;
  }
  .error ul,
  .refusal ul.problems {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .clauses {
    display: grid;
    gap: 0.25em;
    margin-top: 0.25em;
    color: var(--dh-color-text, #1b1f24);
    font-size: 0.9em;
  }
  .clause-id {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-weight: 700;
    white-space: nowrap;
  }
  .chain {
    margin-bottom: var(--dh-space, 1rem);
  }
  .chain.broken {
    color: var(--dh-color-error, #a4161a);
    background: var(--dh-color-error-surface, #fdf1f1);
    border: 1px solid currentColor;
    border-radius: var(--dh-radius, 0.375rem);
    padding: calc(var(--dh-space, 1rem) * 0.6);
  }
  .history-list > li {
    margin: 0 0 0.5em;
  }
  details {
    border: 1px solid var(--dh-color-border, #aab3bd);
    border-radius: var(--dh-radius, 0.375rem);
    background: var(--dh-color-surface, #ffffff);
  }
  summary {
    cursor: pointer;
    padding: 0.5em 0.75em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    overflow-wrap: anywhere;
  }
  .when {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .history-detail {
    padding: 0 0.75em 0.75em;
  }
  details.amend {
    margin-top: 0.5em;
  }
  details.amend summary {
    font-size: 0.925em;
    color: var(--dh-color-accent, #0b57a4);
  }
  details.amend form {
    border: 0;
    margin: 0;
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  :focus-visible {
    outline: 3px solid var(--dh-color-focus, #0b57a4);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: no-preference) {
    :focus-visible {
      transition: outline-offset 120ms ease-out;
    }
  }
`;
