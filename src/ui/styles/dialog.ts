import { css } from 'lit';
import './tokens';

/** Modal dialogs: confirmations and small forms. */
export const dialogStyles = css`
  dialog {
    border: none;
    border-radius: 10px;
    padding: 1.5rem;
    max-width: min(32rem, 94vw);
    max-height: 90vh;
    box-shadow: 0 10px 40px var(--color-shadow);
  }
  dialog::backdrop {
    background: var(--color-backdrop);
  }
  dialog h2 {
    margin-top: 0;
  }
  .dialog-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
    margin-top: 1.25rem;
  }
`;

/** Wide dialogs with lists of choices (the file controls); used together with dialogStyles. */
export const wideDialogStyles = css`
  dialog {
    max-width: min(56rem, 94vw);
  }
  fieldset {
    border: 1px solid var(--color-border);
    border-radius: 6px;
    margin: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    font-weight: normal;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
`;
