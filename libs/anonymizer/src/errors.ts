/**
 * Thrown when a text is longer than the configured maximum. The message carries the lengths
 * only, never any of the text.
 */
export class InputTooLargeError extends Error {
  readonly maxInputLength: number;
  readonly inputLength: number;

  constructor(inputLength: number, maxInputLength: number) {
    super(`Input of ${inputLength} characters exceeds the maximum of ${maxInputLength} characters`);
    this.name = 'InputTooLargeError';
    this.maxInputLength = maxInputLength;
    this.inputLength = inputLength;
  }
}
