/** An error shown to the reader, announced at once by screen readers; nothing when there is none. */
export function Alert({ message }: { message: string | null }) {
  return message ? (
    <p class="cx-alert" role="alert">
      {message}
    </p>
  ) : null;
}
