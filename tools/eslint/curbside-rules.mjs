// Curbside's own lint rules: module boundaries and declared access. Plain JavaScript, so that
// eslint.config.js loads it without a build; tools/eslint/curbside-rules.spec.ts proves each can fail.
import path from 'node:path';

const OPERATIONS = new Set(['Query', 'Mutation', 'Subscription', 'ResolveField']);
const ACCESS = new Set(['Public', 'SignedIn', 'RequireVerified', 'AdminOnly', 'OwnerOrAdmin']);

/** `libs/<name>` or `apps/<name>` that a file belongs to, or null (tools, tests, migrations, bench). */
function ownerOf(filename) {
  const relative = path.relative(process.cwd(), filename).split(path.sep).join('/');
  const match = /^(libs|apps)\/([a-z0-9-]+)\//.exec(relative);
  return match ? { kind: match[1], name: match[2], root: `${match[1]}/${match[2]}`, relative } : null;
}

function decoratorName(decorator) {
  const expression = decorator.expression;
  const callee = expression.type === 'CallExpression' ? expression.callee : expression;
  return callee.type === 'Identifier' ? callee.name : null;
}

const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'A library reaches another only through its index (`@curbside/<lib>`), and never its entities',
    },
    schema: [
      {
        type: 'object',
        properties: { sharedKernel: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      internals: "'{{source}}' reaches into another library's internals: import '@curbside/<lib>' instead.",
      outside: "'{{source}}' leaves {{root}}: import another library through '@curbside/<lib>'.",
      entity:
        "{{name}} belongs to @curbside/{{lib}}: ask that library's service (a command or query function) instead. Shared kernel: {{kernel}}.",
    },
  },
  create(context) {
    const owner = ownerOf(context.filename);
    if (!owner) return {};
    const kernel = new Set(context.options[0]?.sharedKernel ?? []);
    // Entities may point at other libraries' entities (foreign keys); composition and test helpers wire them all.
    const mayImportEntities =
      owner.kind === 'apps' || owner.name === 'testing' || /\.entity\.ts$/.test(owner.relative);
    const isTestCode =
      owner.name === 'testing' || /\.(spec|integration-spec|e2e-spec)\.ts$/.test(owner.relative);
    function check(node, source) {
      if (typeof source !== 'string') return;
      if (source.startsWith('@curbside/')) {
        if (!/^@curbside\/[a-z0-9-]+(\/nest)?$/.test(source)) {
          context.report({ node, messageId: 'internals', data: { source } });
        }
        return;
      }
      if (source.startsWith('.')) {
        const target = path
          .relative(process.cwd(), path.resolve(path.dirname(context.filename), source))
          .split(path.sep)
          .join('/');
        const intoLibrary =
          target.startsWith('libs/') && target !== owner.root && !target.startsWith(`${owner.root}/`);
        // Test code may wire the app and the migrations; library code may not reach into an app.
        const intoApp = owner.kind === 'libs' && !isTestCode && target.startsWith('apps/');
        if (intoLibrary || intoApp) {
          context.report({ node, messageId: 'outside', data: { source, root: owner.root } });
        }
      }
    }
    return {
      ImportDeclaration(node) {
        check(node, node.source.value);
        const lib = /^@curbside\/([a-z0-9-]+)/.exec(node.source.value)?.[1];
        if (!lib || lib === owner.name || mayImportEntities) return;
        for (const specifier of node.specifiers) {
          if (specifier.type !== 'ImportSpecifier') continue;
          const name =
            specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
          if (/Entity$/.test(name) && !kernel.has(name)) {
            context.report({
              node: specifier,
              messageId: 'entity',
              data: { name, lib, kernel: [...kernel].join(', ') || 'none' },
            });
          }
        }
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
    };
  },
};

const accessDeclared = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Every query, mutation, subscription and field resolver declares exactly one access',
    },
    schema: [],
    messages: {
      missing:
        "'{{name}}' declares no access: add exactly one of @Public(), @SignedIn(), @RequireVerified(), @AdminOnly(), @OwnerOrAdmin().",
      duplicated: "'{{name}}' declares {{count}} accesses ({{found}}): keep exactly one.",
      onClass: 'Declare access on each resolver method, not on the class.',
    },
  },
  create(context) {
    return {
      ClassDeclaration(node) {
        const names = (node.decorators ?? []).map(decoratorName);
        if (names.includes('Resolver') && names.some((n) => ACCESS.has(n))) {
          context.report({ node, messageId: 'onClass' });
        }
      },
      MethodDefinition(node) {
        const names = (node.decorators ?? []).map(decoratorName);
        if (!names.some((n) => OPERATIONS.has(n))) return;
        const found = names.filter((n) => ACCESS.has(n));
        const name = node.key.type === 'Identifier' ? node.key.name : 'resolver';
        if (found.length === 0) context.report({ node: node.key, messageId: 'missing', data: { name } });
        else if (found.length > 1) {
          context.report({
            node: node.key,
            messageId: 'duplicated',
            data: { name, count: String(found.length), found: found.join(', ') },
          });
        }
      },
    };
  },
};

export const plugin = { rules: { 'module-boundaries': moduleBoundaries, 'access-declared': accessDeclared } };

/** Entities that cross library lines in non-entity code: identity and reference data everyone reads. */
export const SHARED_KERNEL = ['ClinicianEntity', 'SpecialtyEntity'];

/** The rules as eslint.config.js applies them, shared with the spec that proves they fail. */
export const boundaryRules = {
  'curbside/module-boundaries': ['error', { sharedKernel: SHARED_KERNEL }],
  'curbside/access-declared': 'error',
};

/** Only the anonymizer makes a DeidentifiedText: a cast anywhere else forges the brand. */
export const deidentifiedCastRules = {
  'no-restricted-syntax': [
    'error',
    {
      selector: ":matches(TSAsExpression, TSTypeAssertion) TSTypeReference[typeName.name='DeidentifiedText']",
      message:
        'Only the anonymizer makes a DeidentifiedText: call Anonymizer.deidentify() instead of casting.',
    },
  ],
};
