import { DomainError } from '@curbside/core';
import { ValidationPipe, type ValidationError } from '@nestjs/common';

function fieldPaths(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    return e.children?.length ? fieldPaths(e.children, path) : [path];
  });
}

/**
 * class-validator on every input. The error names the invalid fields and the rules they broke,
 * never the submitted values.
 */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = fieldPaths(errors);
      const rules = errors.flatMap((e) => Object.values(e.constraints ?? {}));
      const message = rules.length > 0 ? `Invalid input: ${rules.join('; ')}` : 'Invalid input';
      return DomainError.badInput(message, { fields });
    },
  });
}
