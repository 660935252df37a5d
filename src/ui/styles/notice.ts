import { css } from 'lit';
import './tokens';

/**
 * The banner above every view (storage trouble, an app update): its edge and background from
 * --notice-edge and --notice-bg, set by the element that uses it.
 */
export const noticeStyles = css`
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: center;
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--notice-edge);
    border-left-width: 8px;
    border-radius: 6px;
    background: var(--notice-bg);
  }
  .notice p {
    margin: 0;
  }
`;
