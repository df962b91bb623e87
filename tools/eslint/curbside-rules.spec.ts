import { ESLint, Linter } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import { boundaryRules, deidentifiedCastRules, plugin } from './curbside-rules.mjs';

/** Lints one source text as if it were the file at `file` (relative to the repository). */
function lint(file: string, code: string, rules: Linter.RulesRecord): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { curbside: plugin },
        rules,
      },
    ],
    { filename: path.resolve(file) },
  );
  return messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const RESOLVER = (decorators: string): string => `
  @Resolver()
  export class R {
    ${decorators}
    @Query(() => String)
    hello(): string { return 'hi'; }
  }`;

describe('curbside/module-boundaries', () => {
  it("should fail when one library imports another's internals", () => {
    const errors = lint(
      'libs/moderation/src/moderation.service.ts',
      "import { CasesService } from '@curbside/cases/src/cases.service.js';",
      boundaryRules,
    );
    expect(errors).toEqual([expect.stringContaining("reaches into another library's internals")]);
  });

  it('should fail when a relative import leaves the library for another one', () => {
    const errors = lint(
      'libs/moderation/src/moderation.service.ts',
      "import { CaseEntity } from '../../cases/src/case.entity.js';",
      boundaryRules,
    );
    expect(errors).toEqual([expect.stringContaining('leaves libs/moderation')]);
  });

  it("should fail when a library's code imports another library's entity outside the shared kernel", () => {
    const errors = lint(
      'libs/moderation/src/moderation.service.ts',
      "import { CaseEntity, CasesService } from '@curbside/cases';\nimport { ClinicianEntity } from '@curbside/clinicians';",
      boundaryRules,
    );
    expect(errors).toEqual([expect.stringContaining('CaseEntity belongs to @curbside/cases')]);
  });

  it('should accept the index, the nest entry, relations between entities and the app composing them', () => {
    expect(
      lint(
        'libs/moderation/src/moderation.service.ts',
        "import { CasesService } from '@curbside/cases';\nimport { AnonymizerModule } from '@curbside/anonymizer/nest';\nimport { ReportEntity } from './report.entity.js';",
        boundaryRules,
      ),
    ).toEqual([]);
    expect(
      lint(
        'libs/moderation/src/report.entity.ts',
        "import { CaseEntity } from '@curbside/cases';",
        boundaryRules,
      ),
    ).toEqual([]);
    expect(
      lint('apps/api/src/entities.ts', "import { CaseEntity } from '@curbside/cases';", boundaryRules),
    ).toEqual([]);
  });
});

describe('curbside/access-declared', () => {
  it('should fail on a resolver method that declares no access', () => {
    expect(lint('libs/cases/src/x.resolver.ts', RESOLVER(''), boundaryRules)).toEqual([
      expect.stringContaining("'hello' declares no access"),
    ]);
  });

  it('should fail on a resolver method that declares two accesses', () => {
    expect(lint('libs/cases/src/x.resolver.ts', RESOLVER('@Public()\n@AdminOnly()'), boundaryRules)).toEqual([
      expect.stringContaining("'hello' declares 2 accesses (Public, AdminOnly)"),
    ]);
  });

  it('should fail on access declared on the resolver class', () => {
    const code = RESOLVER('@SignedIn()').replace('@Resolver()', '@AdminOnly()\n@Resolver()');
    expect(lint('libs/cases/src/x.resolver.ts', code, boundaryRules)).toEqual([
      expect.stringContaining('not on the class'),
    ]);
  });

  it.each(['@Public()', '@SignedIn()', '@RequireVerified()', '@AdminOnly()', '@OwnerOrAdmin()'])(
    'should accept exactly one access: %s',
    (decorator) => {
      expect(lint('libs/cases/src/x.resolver.ts', RESOLVER(decorator), boundaryRules)).toEqual([]);
    },
  );
});

describe('the DeidentifiedText cast ban', () => {
  it.each([
    'const t = raw as DeidentifiedText;',
    'const t = raw as unknown as DeidentifiedText;',
    'const t = <DeidentifiedText>raw;',
    'const t = list as DeidentifiedText[];',
  ])('should fail on a forged brand: %s', (code) => {
    expect(lint('libs/cases/src/case-text.ts', code, deidentifiedCastRules)).toEqual([
      expect.stringContaining('Only the anonymizer makes a DeidentifiedText'),
    ]);
  });

  it('should accept a DeidentifiedText that only flows as a type', () => {
    expect(
      lint(
        'libs/cases/src/case-text.ts',
        'let t: DeidentifiedText = a.deidentify(raw).text;',
        deidentifiedCastRules,
      ),
    ).toEqual([]);
  });
});

describe('eslint.config.js', () => {
  it("should apply these rules to every library's code and the cast ban outside the anonymizer", async () => {
    const eslint = new ESLint();
    const library = (await eslint.calculateConfigForFile(
      'libs/moderation/src/moderation.service.ts',
    )) as Linter.Config;
    expect(library.rules?.['curbside/module-boundaries']).toEqual([
      2,
      ...(boundaryRules['curbside/module-boundaries'] as unknown[]).slice(1),
    ]);
    expect(library.rules?.['curbside/access-declared']).toEqual([2]);
    expect(library.rules?.['no-restricted-syntax']).toBeDefined();
    const anonymizer = (await eslint.calculateConfigForFile(
      'libs/anonymizer/src/anonymizer.ts',
    )) as Linter.Config;
    expect(anonymizer.rules?.['no-restricted-syntax']).toBeUndefined();
  });
});
