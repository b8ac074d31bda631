// Page furniture: the lines a news page prints around an article that are not its text — links to
// other stories ("Read more: …", "Also read"), calls to follow or share ("Follow us on …"),
// editors' notes and advertisement labels. Their names and headlines would propose entities and
// claims of other articles. They are blanked (same length, so offsets stay exact), not removed.

/** A line that opens with one of these is furniture, whatever follows. */
const FURNITURE_LINE = new RegExp(
  '^[ \\t]*(?:' +
    [
      'read more',
      'read also',
      'also read',
      'see also',
      'related(?: articles?| stories| news| posts?)?\\s*:',
      'recommended(?: for you)?\\s*:',
      'more (?:from|on) [^\\n]{0,40}:',
      'you (?:may|might) also like',
      'follow (?:us|[^\\n]{1,40}?) on\\b',
      'subscribe\\b',
      'sign up\\b',
      'share (?:this|on)\\b',
      'click here\\b',
      'advertisement\\s*$',
      'download (?:our|the) app',
      "editor['’]s note\\s*:",
    ].join('|') +
    ')[^\\n]*',
  'gimu',
);

/** The text with each furniture line turned to spaces. */
export function withoutFurniture(text: string): string {
  return text.replace(FURNITURE_LINE, (line) => ' '.repeat(line.length));
}
