import 'reflect-metadata';
import { AppConfig, ConfigError, describeConfig, loadConfig } from './app-config.js';

const SECRET = 'a-jwt-secret-that-is-comfortably-over-32-chars';
/** A Web Push key pair made for these tests (production requires one). */
const VAPID = {
  VAPID_PUBLIC_KEY: 'BNkpnkJACvoYmKQgS4jBrWZcFIuXB1erMzWQGISI99nWhYstPkmnuFb3_4eoCk2SpN6vdqdp97MOrXNvDP88ttQ',
  VAPID_PRIVATE_KEY: 'XmJj3xc2alodY7sN9j7y-Gpobx1b10HMPdB1KvTL1a0',
};

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('loadConfig accepted the environment');
}

describe(loadConfig.name, () => {
  it('should apply the defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toBeInstanceOf(AppConfig);
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: 3000,
      LOG_LEVEL: 'info',
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: 5,
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: 30,
      LOGIN_WINDOW_SECONDS: 900,
      REGISTRY_AUTO_APPROVE: false,
      GRAPHQL_INTROSPECTION: true,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.isProduction).toBe(false);
  });

  it('should treat an empty string as unset', () => {
    expect(loadConfig({ PORT: '', JWT_SECRET: '' })).toMatchObject({ PORT: 3000, JWT_SECRET: undefined });
  });

  it('should convert numbers from the environment', () => {
    expect(loadConfig({ PORT: '8080', LOGIN_WINDOW_SECONDS: '60' })).toMatchObject({
      PORT: 8080,
      LOGIN_WINDOW_SECONDS: 60,
    });
  });

  it('should name a bad variable without printing its value', () => {
    const value = 'not-a-port-7QX9';
    let error: unknown;
    try {
      loadConfig({ PORT: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('PORT');
    expect((error as ConfigError).message).not.toContain(value);
  });

  it('should name a short JWT_SECRET and never print it', () => {
    const secret = 'short-secret-Zk42';
    const problems = problemsOf({ JWT_SECRET: secret });
    expect(problems).toEqual(['JWT_SECRET must be at least 32 characters']);
    expect(problems.join('\n')).not.toContain(secret);
  });

  it('should not print a malformed DATABASE_URL', () => {
    const url = 'mysql://root:hunter2hunter2@db/curbside';
    const problems = problemsOf({ DATABASE_URL: url });
    expect(problems.join('\n')).toContain('DATABASE_URL');
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('should report every bad variable at once', () => {
    const problems = problemsOf({ PORT: '70000', LOG_LEVEL: 'chatty', NODE_ENV: 'staging' });
    expect(problems).toHaveLength(3);
    for (const name of ['PORT', 'LOG_LEVEL', 'NODE_ENV'])
      expect(problems.some((p) => p.includes(name))).toBe(true);
  });

  it('should make a missing JWT_SECRET fatal in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toContain(
      'JWT_SECRET is required when NODE_ENV=production',
    );
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ...VAPID });
    expect(config.isProduction).toBe(true);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toEqual([
      'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are required when NODE_ENV=production',
    ]);
    expect(config.jwtSecret).toBe(SECRET);
  });

  it('should refuse to hand out a JWT secret that was never set', () => {
    expect(() => loadConfig({}).jwtSecret).toThrow(ConfigError);
  });

  it('should turn introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ...VAPID }).GRAPHQL_INTROSPECTION).toBe(
      false,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, GRAPHQL_INTROSPECTION: 'true', ...VAPID })
        .GRAPHQL_INTROSPECTION,
    ).toBe(true);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    [' TRUE ', true],
    ['false', false],
    ['0', false],
    ['no', false],
    ['No', false],
  ])('should read the boolean %j as %s', (word, expected) => {
    expect(loadConfig({ REGISTRY_AUTO_APPROVE: word }).REGISTRY_AUTO_APPROVE).toBe(expected);
  });

  it('should refuse a boolean it cannot read, without printing it', () => {
    const problems = problemsOf({ REGISTRY_AUTO_APPROVE: 'perhaps-Q7' });
    expect(problems).toEqual(['REGISTRY_AUTO_APPROVE must be true or false']);
  });

  it('should require the admin email and password together', () => {
    const pairing = 'CURBSIDE_ADMIN_EMAIL and CURBSIDE_ADMIN_PASSWORD must be set together';
    expect(problemsOf({ CURBSIDE_ADMIN_EMAIL: 'admin@curbside.test' })).toEqual([pairing]);
    expect(problemsOf({ CURBSIDE_ADMIN_PASSWORD: 'a-long-admin-password' })).toEqual([pairing]);
    expect(
      loadConfig({
        CURBSIDE_ADMIN_EMAIL: 'admin@curbside.test',
        CURBSIDE_ADMIN_PASSWORD: 'a-long-admin-password',
      }),
    ).toMatchObject({ CURBSIDE_ADMIN_EMAIL: 'admin@curbside.test' });
  });

  it('should refuse a short admin password without printing it', () => {
    const problems = problemsOf({
      CURBSIDE_ADMIN_EMAIL: 'admin@curbside.test',
      CURBSIDE_ADMIN_PASSWORD: 'Short-9',
    });
    expect(problems).toEqual(['CURBSIDE_ADMIN_PASSWORD must be at least 12 characters']);
  });

  it('should ignore variables it does not know', () => {
    expect(loadConfig({ SOMETHING_ELSE: 'x' })).not.toHaveProperty('SOMETHING_ELSE');
  });
});

describe(describeConfig.name, () => {
  it('should mask every sensitive value and keep the others', () => {
    const config = loadConfig({
      JWT_SECRET: SECRET,
      DATABASE_URL: 'postgres://curbside:db-password-1@db:5432/curbside',
      REDIS_URL: 'redis://:redis-password-1@cache:6379',
      CURBSIDE_ADMIN_EMAIL: 'admin@curbside.test',
      CURBSIDE_ADMIN_PASSWORD: 'admin-password-1234',
      PORT: '4000',
    });
    const described = describeConfig(config);
    expect(described).toMatchObject({
      JWT_SECRET: '******',
      DATABASE_URL: '******',
      REDIS_URL: '******',
      CURBSIDE_ADMIN_PASSWORD: '******',
      CURBSIDE_ADMIN_EMAIL: 'admin@curbside.test',
      PORT: 4000,
    });
    const printed = JSON.stringify(described);
    for (const secret of [SECRET, 'db-password-1', 'redis-password-1', 'admin-password-1234'])
      expect(printed).not.toContain(secret);
  });

  it('should leave out variables that are not set', () => {
    expect(describeConfig(loadConfig({}))).not.toHaveProperty('JWT_SECRET');
  });
});
