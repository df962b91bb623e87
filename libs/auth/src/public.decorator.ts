import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'curbside:isPublic';

/** Opens one operation (or controller) to callers who are not signed in. Everything else is closed. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
