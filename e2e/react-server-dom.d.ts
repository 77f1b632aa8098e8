// Next ships React's flight client without types; the admin-access spec uses it to encode action calls.
declare module "next/dist/compiled/react-server-dom-turbopack/client.edge.js" {
  export function encodeReply(value: unknown): Promise<FormData | string>;
}
