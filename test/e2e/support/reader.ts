/** What the reader specs share: the background of a targeted (linked-to) sentence, paragraph or heading. */
export const HIGHLIGHT = 'rgb(255, 224, 130)'; // #ffe082
