/**
 * Fills `{name}` placeholders of a catalogue message. For messages that need more than the one number `#` of
 * `countText` ("Sida 2 av 5"); the catalogue stays plain strings, checked key for key like every other message.
 */
export function fill(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}
