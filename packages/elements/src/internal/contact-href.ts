/**
 * The `tel:` and `mailto:` addresses of a provider's contact links. The SDK already rejects
 * bad values; these build the link from only the part a phone or mail program should act on,
 * so a link can never carry more than the person sees:
 * - `tel:` dials the number alone: an extension ("01632 960001 ext 12") stays visible in the
 *   link text but is not dialled (dialling it as more digits would ring a wrong number).
 * - `mailto:` is a plain address only: no `?` headers (`?bcc=`, `?body=`), fragments or escapes.
 */

// Where an extension starts: "ext", "ext.", "extension", "x" or "#" before digits.
const EXTENSION = /\s*(?:ext(?:ension)?\.?|x|#)\s*\d/i;
const PLAIN_ADDRESS = /^[^\s@<>()"',;:?#%\\/]+@[^\s@<>()"',;:?#%\\/]+\.[^\s@<>()"',;:?#%\\/]+$/;

/** `tel:+441632960001`-style address of the number before any extension, or undefined when there are too few digits. */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone || phone.length > 200) return undefined;
  const extension = EXTENSION.exec(phone);
  const number = extension ? phone.slice(0, extension.index) : phone;
  const digits = number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : undefined;
}

/** `mailto:` address of a plain email address, or undefined for anything else. */
export function mailtoHref(email: string | undefined): string | undefined {
  if (!email || email.length > 254 || !PLAIN_ADDRESS.test(email)) return undefined;
  return `mailto:${email}`;
}
