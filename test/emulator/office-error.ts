/**
 * Errors as Office.js raises them: an OfficeExtension.Error carries `code` (Excel.ErrorCodes), `message`
 * and `debugInfo`; context.sync() rejects with one.
 */
export class EmulatedOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function propertyNotLoaded(property: string): EmulatedOfficeError {
  return new EmulatedOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
