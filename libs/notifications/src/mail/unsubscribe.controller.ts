import { Public } from '@curbside/auth';
import { Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import { EmailMode } from '../notification-category.js';
import { PreferencesService } from '../preferences/preferences.service.js';
import { PRODUCT_NAME } from './mail-templates.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

const PAGE = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${PRODUCT_NAME}</title></head>` +
  `<body style="font-family:sans-serif;max-width:32rem;margin:3rem auto">${body}</body></html>`;

interface StatusReply {
  status(code: number): unknown;
}

function notFound(reply: StatusReply): string {
  reply.status(404);
  return PAGE('<h1>This link is not valid</h1>');
}

/**
 * One-click unsubscribe from one category of e-mail (RFC 8058): a mail client POSTs to the link in
 * `List-Unsubscribe`; a person who opens it gets a page with a button, since a GET must not
 * change anything (link scanners open links). The signed token (a query parameter: a path
 * segment that long would pass Fastify's parameter limit) is the only credential.
 */
@Public()
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly preferences: PreferencesService,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  page(@Query('token') token: unknown, @Res({ passthrough: true }) reply: StatusReply): string {
    if (typeof token !== 'string' || !this.tokens.read(token)) return notFound(reply);
    return PAGE(
      `<h1>Stop these e-mails?</h1><form method="post"><button type="submit">Unsubscribe</button></form>`,
    );
  }

  @Post()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async unsubscribe(
    @Query('token') token: unknown,
    @Res({ passthrough: true }) reply: StatusReply,
  ): Promise<string> {
    const found = typeof token === 'string' ? this.tokens.read(token) : null;
    if (!found) return notFound(reply);
    await this.preferences.setEmailMode(found.clinicianId, found.category, EmailMode.OFF);
    return PAGE(`<h1>Unsubscribed</h1><p>You can change this any time in your ${PRODUCT_NAME} settings.</p>`);
  }
}
