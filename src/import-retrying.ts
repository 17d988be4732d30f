/**
 * Loads a chunk, trying again a few times 2 s apart: one lost request must not
 * leave the learner with a page that does nothing. `onFailure` is told of
 * every failed try (e.g. to say that nothing is saved meanwhile).
 */
export async function importRetrying<T>(load: () => Promise<T>, onFailure?: () => void, tries = 5): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (tries <= 1) throw error;
    onFailure?.();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return importRetrying(load, onFailure, tries - 1);
  }
}
