/** What the reader specs share: the background of a targeted (linked-to) sentence, paragraph or heading, and contrast. */
export const HIGHLIGHT = 'rgb(255, 224, 130)'; // #ffe082

/** WCAG contrast ratio of two CSS rgb() colours (as getComputedStyle gives them). */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, bl = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
