/**
 * Colour arithmetic for tests
 * ===========================
 * WCAG contrast against white, CIE76 distance in CIELAB, and deuteranopia as Machado, Oliveira & Fernandes (2009)
 * simulate it (severity 1): enough to test that a palette's colours can be told apart, by everyone.
 */

const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => {
  const clamped = Math.min(1, Math.max(0, c));
  return clamped <= 0.0031308 ? 12.92 * clamped : 1.055 * clamped ** (1 / 2.4) - 0.055;
};

function linearRgb(hex: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = channels(hex).map(toLinear);
  return [r, g, b];
}

export function contrastOnWhite(hex: string): number {
  const [r, g, b] = linearRgb(hex);
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

function lab(hex: string): [number, number, number] {
  const [r, g, b] = linearRgb(hex);
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

export function colourDistance(a: string, b: string): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** The colour as a reader with deuteranopia sees it. */
export function asDeuteranope(hex: string): string {
  const [r, g, b] = linearRgb(hex);
  const seen = [
    0.367322 * r + 0.860646 * g - 0.227968 * b,
    0.280085 * r + 0.672501 * g + 0.047413 * b,
    -0.01182 * r + 0.04294 * g + 0.968881 * b,
  ];
  return `#${seen
    .map((c) =>
      Math.round(fromLinear(c) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
