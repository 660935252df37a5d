import * as z from 'zod/mini';
import { recordId } from './record-id';

/** A group whose view is rated separately, e.g. "Kunta" and "Järjestöt". */
export const PerspectiveSchema = z.object({
  id: recordId,
  name: z.string(),
});
export type Perspective = z.infer<typeof PerspectiveSchema>;
