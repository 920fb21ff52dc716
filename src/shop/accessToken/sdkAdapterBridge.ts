// @shopify/shopify-api's OAuth functions take the request and response of the runtime adapter the
// process loaded (the node one, see shopifyClient.ts). That adapter reads {headers, method, url}
// from the request and writes status and headers to the response; these two stand in for Node's
// objects when the request is a fetch Request (Hono).

type HeaderValue = string | string[];

export function sdkRawRequest(req: Request): { headers: Record<string, string>; method: string; url: string } {
  const url = new URL(req.url);
  return { headers: Object.fromEntries(req.headers.entries()), method: req.method, url: url.pathname + url.search };
}

export interface SdkRawResponse {
  statusCode: number;
  statusMessage: string;
  getHeaders(): Record<string, HeaderValue>;
  setHeader(name: string, value: HeaderValue): void;
  write(chunk: unknown): void;
  end(): void;
}

/** A response object for the SDK to fill in; read `headers` and `statusCode` afterwards. */
export function sdkRawResponse(): SdkRawResponse & { headers: Record<string, HeaderValue> } {
  const headers: Record<string, HeaderValue> = {};
  return {
    headers,
    statusCode: 200,
    statusMessage: 'OK',
    getHeaders: () => ({ ...headers }),
    setHeader: (name, value) => {
      headers[name] = value;
    },
    write: () => {},
    end: () => {},
  };
}

/** A header the SDK set, as a list (Set-Cookie comes as an array). */
export function headerValues(headers: Record<string, HeaderValue>, name: string): string[] {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  const v = key ? headers[key] : undefined;
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
