import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace qpq {

    namespace v1 {

        interface IAuth extends qpq.v1.Auth.$Properties {
        }

        class Auth {
            constructor(p?: qpq.v1.Auth.$Properties);
            $unknowns?: Uint8Array[];
            access_token: Uint8Array;
            device_id: Uint8Array;
            static create(properties: qpq.v1.Auth.$Shape): qpq.v1.Auth & qpq.v1.Auth.$Shape;
            static create(properties?: qpq.v1.Auth.$Properties): qpq.v1.Auth;
            static encode(m: qpq.v1.Auth.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: qpq.v1.Auth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.Auth & qpq.v1.Auth.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qpq.v1.Auth & qpq.v1.Auth.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): qpq.v1.Auth;
            static toObject(m: qpq.v1.Auth, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Auth {
            interface $Properties {
                access_token?: (Uint8Array|null);
                device_id?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.Auth.$Properties;
        }

        interface IError extends qpq.v1.Error.$Properties {
        }

        class Error {
            constructor(p?: qpq.v1.Error.$Properties);
            $unknowns?: Uint8Array[];
            message: string;
            retry_after_ms: number;
            correlation_id: string;
            static create(properties: qpq.v1.Error.$Shape): qpq.v1.Error & qpq.v1.Error.$Shape;
            static create(properties?: qpq.v1.Error.$Properties): qpq.v1.Error;
            static encode(m: qpq.v1.Error.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: qpq.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.Error & qpq.v1.Error.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qpq.v1.Error & qpq.v1.Error.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): qpq.v1.Error;
            static toObject(m: qpq.v1.Error, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {
            interface $Properties {
                message?: (string|null);
                retry_after_ms?: (number|null);
                correlation_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.Error.$Properties;
        }

        interface IHealthRequest extends qpq.v1.HealthRequest.$Properties {
        }

        class HealthRequest {
            constructor(p?: qpq.v1.HealthRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: qpq.v1.HealthRequest.$Shape): qpq.v1.HealthRequest & qpq.v1.HealthRequest.$Shape;
            static create(properties?: qpq.v1.HealthRequest.$Properties): qpq.v1.HealthRequest;
            static encode(m: qpq.v1.HealthRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: qpq.v1.HealthRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.HealthRequest & qpq.v1.HealthRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qpq.v1.HealthRequest & qpq.v1.HealthRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): qpq.v1.HealthRequest;
            static toObject(m: qpq.v1.HealthRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.HealthRequest.$Properties;
        }

        interface IHealthResponse extends qpq.v1.HealthResponse.$Properties {
        }

        class HealthResponse {
            constructor(p?: qpq.v1.HealthResponse.$Properties);
            $unknowns?: Uint8Array[];
            status: string;
            uptime_secs: number;
            server_version: string;
            static create(properties: qpq.v1.HealthResponse.$Shape): qpq.v1.HealthResponse & qpq.v1.HealthResponse.$Shape;
            static create(properties?: qpq.v1.HealthResponse.$Properties): qpq.v1.HealthResponse;
            static encode(m: qpq.v1.HealthResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: qpq.v1.HealthResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.HealthResponse & qpq.v1.HealthResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qpq.v1.HealthResponse & qpq.v1.HealthResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): qpq.v1.HealthResponse;
            static toObject(m: qpq.v1.HealthResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthResponse {
            interface $Properties {
                status?: (string|null);
                uptime_secs?: (number|null);
                server_version?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.HealthResponse.$Properties;
        }
    }
}
