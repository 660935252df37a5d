import * as z from 'zod/mini';

/** A group whose view is rated separately, e.g. "Kunta" and "Järjestöt". */
export const PerspectiveSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
});
export type Perspective = z.infer<typeof PerspectiveSchema>;
