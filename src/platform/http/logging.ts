import type { LoggerOptions } from 'pino';

/** CPR numbers (ddmmyy-xxxx, with or without the dash) never reach the log. */
const cprPattern = /(?<!\d)(\d{6})-?(\d{4})(?!\d)/g;
export const maskCpr = (text: string): string => text.replace(cprPattern, '******-****');

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.cpr', '*.body', '*.password', '*.token'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string; id: string; ip?: string }) => ({
        id: request.id,
        method: request.method,
        url: maskCpr(request.url),
      }),
    },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((argument) => (typeof argument === 'string' ? maskCpr(argument) : argument)) as Parameters<
            typeof method
          >,
        );
      },
    },
    formatters: {
      log(object) {
        if (object.err instanceof Error)
          object.err = {
            type: object.err.name,
            message: maskCpr(object.err.message),
            stack: maskCpr(object.err.stack ?? ''),
          };
        return object;
      },
    },
  };
}
