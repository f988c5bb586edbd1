/**
 * Figures as an input method may type them in full width (完成改造３００户, ９５％, ３．５万户): the same figures, which every
 * rule reads in ASCII digits (\d). Only digits, the percent sign and a point between digits change, so the full-width
 * comma and brackets the rules are written with stay as they are.
 */
const FULL_WIDTH_FIGURE = /[\uff10-\uff19\uff05]|(?<=[0-9\uff10-\uff19])\uff0e(?=[0-9\uff10-\uff19])/gu;

export function halfWidthFigures(text: string): string {
  return text.replace(FULL_WIDTH_FIGURE, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}
