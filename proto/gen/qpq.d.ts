import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace qpq {

    namespace v1 {

        interface IOpaqueRegisterStartRequest extends qpq.v1.OpaqueRegisterStartRequest.$Properties {
        }

        class OpaqueRegisterStartRequest {
            constructor(p?: qpq.v1.OpaqueRegisterStartRequest.$Properties);
            $unknowns?: Uint8Array[];
            username: string;
            request: Uint8Array;
            static create(properties: qpq.v1.OpaqueRegisterStartRequest.$Shape): qpq.v1.OpaqueRegisterStartRequest & qpq.v1.OpaqueRegisterStartRequest.$Shape;
            static create(properties?: qpq.v1.OpaqueRegisterStartRequest.$Properties): qpq.v1.OpaqueRegisterStartRequest;
            static encode(m: qpq.v1.OpaqueRegisterStartRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.OpaqueRegisterStartRequest & qpq.v1.OpaqueRegisterStartRequest.$Shape;
        }

        namespace OpaqueRegisterStartRequest {
            interface $Properties {
                username?: (string|null);
                request?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.OpaqueRegisterStartRequest.$Properties;
        }

        interface IOpaqueRegisterStartResponse extends qpq.v1.OpaqueRegisterStartResponse.$Properties {
        }

        class OpaqueRegisterStartResponse {
            constructor(p?: qpq.v1.OpaqueRegisterStartResponse.$Properties);
            $unknowns?: Uint8Array[];
            response: Uint8Array;
            static create(properties: qpq.v1.OpaqueRegisterStartResponse.$Shape): qpq.v1.OpaqueRegisterStartResponse & qpq.v1.OpaqueRegisterStartResponse.$Shape;
            static create(properties?: qpq.v1.OpaqueRegisterStartResponse.$Properties): qpq.v1.OpaqueRegisterStartResponse;
            static encode(m: qpq.v1.OpaqueRegisterStartResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.OpaqueRegisterStartResponse & qpq.v1.OpaqueRegisterStartResponse.$Shape;
        }

        namespace OpaqueRegisterStartResponse {
            interface $Properties {
                response?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.OpaqueRegisterStartResponse.$Properties;
        }

        interface IOpaqueRegisterFinishRequest extends qpq.v1.OpaqueRegisterFinishRequest.$Properties {
        }

        class OpaqueRegisterFinishRequest {
            constructor(p?: qpq.v1.OpaqueRegisterFinishRequest.$Properties);
            $unknowns?: Uint8Array[];
            username: string;
            upload: Uint8Array;
            identity_key: Uint8Array;
            static create(properties: qpq.v1.OpaqueRegisterFinishRequest.$Shape): qpq.v1.OpaqueRegisterFinishRequest & qpq.v1.OpaqueRegisterFinishRequest.$Shape;
            static create(properties?: qpq.v1.OpaqueRegisterFinishRequest.$Properties): qpq.v1.OpaqueRegisterFinishRequest;
            static encode(m: qpq.v1.OpaqueRegisterFinishRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.OpaqueRegisterFinishRequest & qpq.v1.OpaqueRegisterFinishRequest.$Shape;
        }

        namespace OpaqueRegisterFinishRequest {
            interface $Properties {
                username?: (string|null);
                upload?: (Uint8Array|null);
                identity_key?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.OpaqueRegisterFinishRequest.$Properties;
        }

        interface IOpaqueRegisterFinishResponse extends qpq.v1.OpaqueRegisterFinishResponse.$Properties {
        }

        class OpaqueRegisterFinishResponse {
            constructor(p?: qpq.v1.OpaqueRegisterFinishResponse.$Properties);
            $unknowns?: Uint8Array[];
            success: boolean;
            static create(properties: qpq.v1.OpaqueRegisterFinishResponse.$Shape): qpq.v1.OpaqueRegisterFinishResponse & qpq.v1.OpaqueRegisterFinishResponse.$Shape;
            static create(properties?: qpq.v1.OpaqueRegisterFinishResponse.$Properties): qpq.v1.OpaqueRegisterFinishResponse;
            static encode(m: qpq.v1.OpaqueRegisterFinishResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.OpaqueRegisterFinishResponse & qpq.v1.OpaqueRegisterFinishResponse.$Shape;
        }

        namespace OpaqueRegisterFinishResponse {
            interface $Properties {
                success?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.OpaqueRegisterFinishResponse.$Properties;
        }

        interface IOpaqueLoginStartRequest extends qpq.v1.OpaqueLoginStartRequest.$Properties {
        }

        class OpaqueLoginStartRequest {
            constructor(p?: qpq.v1.OpaqueLoginStartRequest.$Properties);
            $unknowns?: Uint8Array[];
            username: string;
            request: Uint8Array;
            static create(properties: qpq.v1.OpaqueLoginStartRequest.$Shape): qpq.v1.OpaqueLoginStartRequest & qpq.v1.OpaqueLoginStartRequest.$Shape;
            static create(properties?: qpq.v1.OpaqueLoginStartRequest.$Properties): qpq.v1.OpaqueLoginStartRequest;
            static encode(m: qpq.v1.OpaqueLoginStartRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.OpaqueLoginStartRequest & qpq.v1.OpaqueLoginStartRequest.$Shape;
        }

        namespace OpaqueLoginStartRequest {
            interface $Properties {
                username?: (string|null);
                request?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.OpaqueLoginStartRequest.$Properties;
        }

        interface IOpaqueLoginStartResponse extends qpq.v1.OpaqueLoginStartResponse.$Properties {
        }

        class OpaqueLoginStartResponse {
            constructor(p?: qpq.v1.OpaqueLoginStartResponse.$Properties);
            $unknowns?: Uint8Array[];
            response: Uint8Array;
            static create(properties: qpq.v1.OpaqueLoginStartResponse.$Shape): qpq.v1.OpaqueLoginStartResponse & qpq.v1.OpaqueLoginStartResponse.$Shape;
            static create(properties?: qpq.v1.OpaqueLoginStartResponse.$Properties): qpq.v1.OpaqueLoginStartResponse;
            static encode(m: qpq.v1.OpaqueLoginStartResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.OpaqueLoginStartResponse & qpq.v1.OpaqueLoginStartResponse.$Shape;
        }

        namespace OpaqueLoginStartResponse {
            interface $Properties {
                response?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.OpaqueLoginStartResponse.$Properties;
        }

        interface IOpaqueLoginFinishRequest extends qpq.v1.OpaqueLoginFinishRequest.$Properties {
        }

        class OpaqueLoginFinishRequest {
            constructor(p?: qpq.v1.OpaqueLoginFinishRequest.$Properties);
            $unknowns?: Uint8Array[];
            username: string;
            finalization: Uint8Array;
            identity_key: Uint8Array;
            static create(properties: qpq.v1.OpaqueLoginFinishRequest.$Shape): qpq.v1.OpaqueLoginFinishRequest & qpq.v1.OpaqueLoginFinishRequest.$Shape;
            static create(properties?: qpq.v1.OpaqueLoginFinishRequest.$Properties): qpq.v1.OpaqueLoginFinishRequest;
            static encode(m: qpq.v1.OpaqueLoginFinishRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.OpaqueLoginFinishRequest & qpq.v1.OpaqueLoginFinishRequest.$Shape;
        }

        namespace OpaqueLoginFinishRequest {
            interface $Properties {
                username?: (string|null);
                finalization?: (Uint8Array|null);
                identity_key?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.OpaqueLoginFinishRequest.$Properties;
        }

        interface IOpaqueLoginFinishResponse extends qpq.v1.OpaqueLoginFinishResponse.$Properties {
        }

        class OpaqueLoginFinishResponse {
            constructor(p?: qpq.v1.OpaqueLoginFinishResponse.$Properties);
            $unknowns?: Uint8Array[];
            session_token: Uint8Array;
            static create(properties: qpq.v1.OpaqueLoginFinishResponse.$Shape): qpq.v1.OpaqueLoginFinishResponse & qpq.v1.OpaqueLoginFinishResponse.$Shape;
            static create(properties?: qpq.v1.OpaqueLoginFinishResponse.$Properties): qpq.v1.OpaqueLoginFinishResponse;
            static encode(m: qpq.v1.OpaqueLoginFinishResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.OpaqueLoginFinishResponse & qpq.v1.OpaqueLoginFinishResponse.$Shape;
        }

        namespace OpaqueLoginFinishResponse {
            interface $Properties {
                session_token?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.OpaqueLoginFinishResponse.$Properties;
        }

        interface IUploadBlobRequest extends qpq.v1.UploadBlobRequest.$Properties {
        }

        class UploadBlobRequest {
            constructor(p?: qpq.v1.UploadBlobRequest.$Properties);
            $unknowns?: Uint8Array[];
            upload_id: Uint8Array;
            offset: number;
            chunk: Uint8Array;
            total_size: number;
            sha256: Uint8Array;
            final: boolean;
            mime_type: string;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.UploadBlobRequest.$Shape): qpq.v1.UploadBlobRequest & qpq.v1.UploadBlobRequest.$Shape;
            static create(properties?: qpq.v1.UploadBlobRequest.$Properties): qpq.v1.UploadBlobRequest;
            static encode(m: qpq.v1.UploadBlobRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.UploadBlobRequest & qpq.v1.UploadBlobRequest.$Shape;
        }

        namespace UploadBlobRequest {
            interface $Properties {
                upload_id?: (Uint8Array|null);
                offset?: (number|null);
                chunk?: (Uint8Array|null);
                total_size?: (number|null);
                sha256?: (Uint8Array|null);
                final?: (boolean|null);
                mime_type?: (string|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.UploadBlobRequest.$Properties;
        }

        interface IUploadBlobResponse extends qpq.v1.UploadBlobResponse.$Properties {
        }

        class UploadBlobResponse {
            constructor(p?: qpq.v1.UploadBlobResponse.$Properties);
            $unknowns?: Uint8Array[];
            upload_id: Uint8Array;
            received: number;
            blob_id: Uint8Array;
            static create(properties: qpq.v1.UploadBlobResponse.$Shape): qpq.v1.UploadBlobResponse & qpq.v1.UploadBlobResponse.$Shape;
            static create(properties?: qpq.v1.UploadBlobResponse.$Properties): qpq.v1.UploadBlobResponse;
            static encode(m: qpq.v1.UploadBlobResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.UploadBlobResponse & qpq.v1.UploadBlobResponse.$Shape;
        }

        namespace UploadBlobResponse {
            interface $Properties {
                upload_id?: (Uint8Array|null);
                received?: (number|null);
                blob_id?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.UploadBlobResponse.$Properties;
        }

        interface IDownloadBlobRequest extends qpq.v1.DownloadBlobRequest.$Properties {
        }

        class DownloadBlobRequest {
            constructor(p?: qpq.v1.DownloadBlobRequest.$Properties);
            $unknowns?: Uint8Array[];
            blob_id: Uint8Array;
            offset: number;
            length: number;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.DownloadBlobRequest.$Shape): qpq.v1.DownloadBlobRequest & qpq.v1.DownloadBlobRequest.$Shape;
            static create(properties?: qpq.v1.DownloadBlobRequest.$Properties): qpq.v1.DownloadBlobRequest;
            static encode(m: qpq.v1.DownloadBlobRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.DownloadBlobRequest & qpq.v1.DownloadBlobRequest.$Shape;
        }

        namespace DownloadBlobRequest {
            interface $Properties {
                blob_id?: (Uint8Array|null);
                offset?: (number|null);
                length?: (number|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.DownloadBlobRequest.$Properties;
        }

        interface IDownloadBlobResponse extends qpq.v1.DownloadBlobResponse.$Properties {
        }

        class DownloadBlobResponse {
            constructor(p?: qpq.v1.DownloadBlobResponse.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            offset: number;
            total_size: number;
            mime_type: string;
            static create(properties: qpq.v1.DownloadBlobResponse.$Shape): qpq.v1.DownloadBlobResponse & qpq.v1.DownloadBlobResponse.$Shape;
            static create(properties?: qpq.v1.DownloadBlobResponse.$Properties): qpq.v1.DownloadBlobResponse;
            static encode(m: qpq.v1.DownloadBlobResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.DownloadBlobResponse & qpq.v1.DownloadBlobResponse.$Shape;
        }

        namespace DownloadBlobResponse {
            interface $Properties {
                data?: (Uint8Array|null);
                offset?: (number|null);
                total_size?: (number|null);
                mime_type?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.DownloadBlobResponse.$Properties;
        }

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
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.Auth & qpq.v1.Auth.$Shape;
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
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.Error & qpq.v1.Error.$Shape;
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

        interface IDeleteAccountRequest extends qpq.v1.DeleteAccountRequest.$Properties {
        }

        class DeleteAccountRequest {
            constructor(p?: qpq.v1.DeleteAccountRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.DeleteAccountRequest.$Shape): qpq.v1.DeleteAccountRequest & qpq.v1.DeleteAccountRequest.$Shape;
            static create(properties?: qpq.v1.DeleteAccountRequest.$Properties): qpq.v1.DeleteAccountRequest;
            static encode(m: qpq.v1.DeleteAccountRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.DeleteAccountRequest & qpq.v1.DeleteAccountRequest.$Shape;
        }

        namespace DeleteAccountRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.DeleteAccountRequest.$Properties;
        }

        interface IDeleteAccountResponse extends qpq.v1.DeleteAccountResponse.$Properties {
        }

        class DeleteAccountResponse {
            constructor(p?: qpq.v1.DeleteAccountResponse.$Properties);
            $unknowns?: Uint8Array[];
            success: boolean;
            static create(properties: qpq.v1.DeleteAccountResponse.$Shape): qpq.v1.DeleteAccountResponse & qpq.v1.DeleteAccountResponse.$Shape;
            static create(properties?: qpq.v1.DeleteAccountResponse.$Properties): qpq.v1.DeleteAccountResponse;
            static encode(m: qpq.v1.DeleteAccountResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.DeleteAccountResponse & qpq.v1.DeleteAccountResponse.$Shape;
        }

        namespace DeleteAccountResponse {
            interface $Properties {
                success?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.DeleteAccountResponse.$Properties;
        }

        interface ICreateChannelRequest extends qpq.v1.CreateChannelRequest.$Properties {
        }

        class CreateChannelRequest {
            constructor(p?: qpq.v1.CreateChannelRequest.$Properties);
            $unknowns?: Uint8Array[];
            peer_key: Uint8Array;
            group_id: Uint8Array;
            member_keys: Uint8Array[];
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.CreateChannelRequest.$Shape): qpq.v1.CreateChannelRequest & qpq.v1.CreateChannelRequest.$Shape;
            static create(properties?: qpq.v1.CreateChannelRequest.$Properties): qpq.v1.CreateChannelRequest;
            static encode(m: qpq.v1.CreateChannelRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.CreateChannelRequest & qpq.v1.CreateChannelRequest.$Shape;
        }

        namespace CreateChannelRequest {
            interface $Properties {
                peer_key?: (Uint8Array|null);
                group_id?: (Uint8Array|null);
                member_keys?: (Uint8Array[]|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.CreateChannelRequest.$Properties;
        }

        interface ICreateChannelResponse extends qpq.v1.CreateChannelResponse.$Properties {
        }

        class CreateChannelResponse {
            constructor(p?: qpq.v1.CreateChannelResponse.$Properties);
            $unknowns?: Uint8Array[];
            channel_id: Uint8Array;
            created: boolean;
            static create(properties: qpq.v1.CreateChannelResponse.$Shape): qpq.v1.CreateChannelResponse & qpq.v1.CreateChannelResponse.$Shape;
            static create(properties?: qpq.v1.CreateChannelResponse.$Properties): qpq.v1.CreateChannelResponse;
            static encode(m: qpq.v1.CreateChannelResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.CreateChannelResponse & qpq.v1.CreateChannelResponse.$Shape;
        }

        namespace CreateChannelResponse {
            interface $Properties {
                channel_id?: (Uint8Array|null);
                created?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.CreateChannelResponse.$Properties;
        }

        interface ISendTypingRequest extends qpq.v1.SendTypingRequest.$Properties {
        }

        class SendTypingRequest {
            constructor(p?: qpq.v1.SendTypingRequest.$Properties);
            $unknowns?: Uint8Array[];
            channel_id: Uint8Array;
            typing: boolean;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.SendTypingRequest.$Shape): qpq.v1.SendTypingRequest & qpq.v1.SendTypingRequest.$Shape;
            static create(properties?: qpq.v1.SendTypingRequest.$Properties): qpq.v1.SendTypingRequest;
            static encode(m: qpq.v1.SendTypingRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.SendTypingRequest & qpq.v1.SendTypingRequest.$Shape;
        }

        namespace SendTypingRequest {
            interface $Properties {
                channel_id?: (Uint8Array|null);
                typing?: (boolean|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.SendTypingRequest.$Properties;
        }

        interface ISendTypingResponse extends qpq.v1.SendTypingResponse.$Properties {
        }

        class SendTypingResponse {
            constructor(p?: qpq.v1.SendTypingResponse.$Properties);
            $unknowns?: Uint8Array[];
            delivered: number;
            static create(properties: qpq.v1.SendTypingResponse.$Shape): qpq.v1.SendTypingResponse & qpq.v1.SendTypingResponse.$Shape;
            static create(properties?: qpq.v1.SendTypingResponse.$Properties): qpq.v1.SendTypingResponse;
            static encode(m: qpq.v1.SendTypingResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.SendTypingResponse & qpq.v1.SendTypingResponse.$Shape;
        }

        namespace SendTypingResponse {
            interface $Properties {
                delivered?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.SendTypingResponse.$Properties;
        }

        interface IEnvelope extends qpq.v1.Envelope.$Properties {
        }

        class Envelope {
            constructor(p?: qpq.v1.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            data: Uint8Array;
            static create(properties: qpq.v1.Envelope.$Shape): qpq.v1.Envelope & qpq.v1.Envelope.$Shape;
            static create(properties?: qpq.v1.Envelope.$Properties): qpq.v1.Envelope;
            static encode(m: qpq.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.Envelope & qpq.v1.Envelope.$Shape;
        }

        namespace Envelope {
            interface $Properties {
                seq?: (number|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.Envelope.$Properties;
        }

        interface IEnqueueRequest extends qpq.v1.EnqueueRequest.$Properties {
        }

        class EnqueueRequest {
            constructor(p?: qpq.v1.EnqueueRequest.$Properties);
            $unknowns?: Uint8Array[];
            recipient_key: Uint8Array;
            payload: Uint8Array;
            channel_id: Uint8Array;
            ttl_secs: number;
            message_id: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            recipient_domain: string;
            static create(properties: qpq.v1.EnqueueRequest.$Shape): qpq.v1.EnqueueRequest & qpq.v1.EnqueueRequest.$Shape;
            static create(properties?: qpq.v1.EnqueueRequest.$Properties): qpq.v1.EnqueueRequest;
            static encode(m: qpq.v1.EnqueueRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.EnqueueRequest & qpq.v1.EnqueueRequest.$Shape;
        }

        namespace EnqueueRequest {
            interface $Properties {
                recipient_key?: (Uint8Array|null);
                payload?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                ttl_secs?: (number|null);
                message_id?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                recipient_domain?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.EnqueueRequest.$Properties;
        }

        interface IEnqueueResponse extends qpq.v1.EnqueueResponse.$Properties {
        }

        class EnqueueResponse {
            constructor(p?: qpq.v1.EnqueueResponse.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            delivery_proof: Uint8Array;
            duplicate: boolean;
            forwarded_via: string;
            static create(properties: qpq.v1.EnqueueResponse.$Shape): qpq.v1.EnqueueResponse & qpq.v1.EnqueueResponse.$Shape;
            static create(properties?: qpq.v1.EnqueueResponse.$Properties): qpq.v1.EnqueueResponse;
            static encode(m: qpq.v1.EnqueueResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.EnqueueResponse & qpq.v1.EnqueueResponse.$Shape;
        }

        namespace EnqueueResponse {
            interface $Properties {
                seq?: (number|null);
                delivery_proof?: (Uint8Array|null);
                duplicate?: (boolean|null);
                forwarded_via?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.EnqueueResponse.$Properties;
        }

        interface IFetchRequest extends qpq.v1.FetchRequest.$Properties {
        }

        class FetchRequest {
            constructor(p?: qpq.v1.FetchRequest.$Properties);
            $unknowns?: Uint8Array[];
            recipient_key: Uint8Array;
            channel_id: Uint8Array;
            limit: number;
            device_id: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.FetchRequest.$Shape): qpq.v1.FetchRequest & qpq.v1.FetchRequest.$Shape;
            static create(properties?: qpq.v1.FetchRequest.$Properties): qpq.v1.FetchRequest;
            static encode(m: qpq.v1.FetchRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchRequest & qpq.v1.FetchRequest.$Shape;
        }

        namespace FetchRequest {
            interface $Properties {
                recipient_key?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                limit?: (number|null);
                device_id?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchRequest.$Properties;
        }

        interface IFetchResponse extends qpq.v1.FetchResponse.$Properties {
        }

        class FetchResponse {
            constructor(p?: qpq.v1.FetchResponse.$Properties);
            $unknowns?: Uint8Array[];
            payloads: qpq.v1.Envelope.$Properties[];
            static create(properties: qpq.v1.FetchResponse.$Shape): qpq.v1.FetchResponse & qpq.v1.FetchResponse.$Shape;
            static create(properties?: qpq.v1.FetchResponse.$Properties): qpq.v1.FetchResponse;
            static encode(m: qpq.v1.FetchResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchResponse & qpq.v1.FetchResponse.$Shape;
        }

        namespace FetchResponse {
            interface $Properties {
                payloads?: (qpq.v1.Envelope.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchResponse.$Properties;
        }

        interface IFetchWaitRequest extends qpq.v1.FetchWaitRequest.$Properties {
        }

        class FetchWaitRequest {
            constructor(p?: qpq.v1.FetchWaitRequest.$Properties);
            $unknowns?: Uint8Array[];
            recipient_key: Uint8Array;
            channel_id: Uint8Array;
            timeout_ms: number;
            limit: number;
            device_id: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.FetchWaitRequest.$Shape): qpq.v1.FetchWaitRequest & qpq.v1.FetchWaitRequest.$Shape;
            static create(properties?: qpq.v1.FetchWaitRequest.$Properties): qpq.v1.FetchWaitRequest;
            static encode(m: qpq.v1.FetchWaitRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchWaitRequest & qpq.v1.FetchWaitRequest.$Shape;
        }

        namespace FetchWaitRequest {
            interface $Properties {
                recipient_key?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                timeout_ms?: (number|null);
                limit?: (number|null);
                device_id?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchWaitRequest.$Properties;
        }

        interface IFetchWaitResponse extends qpq.v1.FetchWaitResponse.$Properties {
        }

        class FetchWaitResponse {
            constructor(p?: qpq.v1.FetchWaitResponse.$Properties);
            $unknowns?: Uint8Array[];
            payloads: qpq.v1.Envelope.$Properties[];
            static create(properties: qpq.v1.FetchWaitResponse.$Shape): qpq.v1.FetchWaitResponse & qpq.v1.FetchWaitResponse.$Shape;
            static create(properties?: qpq.v1.FetchWaitResponse.$Properties): qpq.v1.FetchWaitResponse;
            static encode(m: qpq.v1.FetchWaitResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchWaitResponse & qpq.v1.FetchWaitResponse.$Shape;
        }

        namespace FetchWaitResponse {
            interface $Properties {
                payloads?: (qpq.v1.Envelope.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchWaitResponse.$Properties;
        }

        interface IPeekRequest extends qpq.v1.PeekRequest.$Properties {
        }

        class PeekRequest {
            constructor(p?: qpq.v1.PeekRequest.$Properties);
            $unknowns?: Uint8Array[];
            recipient_key: Uint8Array;
            channel_id: Uint8Array;
            limit: number;
            device_id: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.PeekRequest.$Shape): qpq.v1.PeekRequest & qpq.v1.PeekRequest.$Shape;
            static create(properties?: qpq.v1.PeekRequest.$Properties): qpq.v1.PeekRequest;
            static encode(m: qpq.v1.PeekRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.PeekRequest & qpq.v1.PeekRequest.$Shape;
        }

        namespace PeekRequest {
            interface $Properties {
                recipient_key?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                limit?: (number|null);
                device_id?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.PeekRequest.$Properties;
        }

        interface IPeekResponse extends qpq.v1.PeekResponse.$Properties {
        }

        class PeekResponse {
            constructor(p?: qpq.v1.PeekResponse.$Properties);
            $unknowns?: Uint8Array[];
            payloads: qpq.v1.Envelope.$Properties[];
            static create(properties: qpq.v1.PeekResponse.$Shape): qpq.v1.PeekResponse & qpq.v1.PeekResponse.$Shape;
            static create(properties?: qpq.v1.PeekResponse.$Properties): qpq.v1.PeekResponse;
            static encode(m: qpq.v1.PeekResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.PeekResponse & qpq.v1.PeekResponse.$Shape;
        }

        namespace PeekResponse {
            interface $Properties {
                payloads?: (qpq.v1.Envelope.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.PeekResponse.$Properties;
        }

        interface IAckRequest extends qpq.v1.AckRequest.$Properties {
        }

        class AckRequest {
            constructor(p?: qpq.v1.AckRequest.$Properties);
            $unknowns?: Uint8Array[];
            recipient_key: Uint8Array;
            channel_id: Uint8Array;
            seq_up_to: number;
            device_id: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.AckRequest.$Shape): qpq.v1.AckRequest & qpq.v1.AckRequest.$Shape;
            static create(properties?: qpq.v1.AckRequest.$Properties): qpq.v1.AckRequest;
            static encode(m: qpq.v1.AckRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.AckRequest & qpq.v1.AckRequest.$Shape;
        }

        namespace AckRequest {
            interface $Properties {
                recipient_key?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                seq_up_to?: (number|null);
                device_id?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.AckRequest.$Properties;
        }

        interface IAckResponse extends qpq.v1.AckResponse.$Properties {
        }

        class AckResponse {
            constructor(p?: qpq.v1.AckResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: qpq.v1.AckResponse.$Shape): qpq.v1.AckResponse & qpq.v1.AckResponse.$Shape;
            static create(properties?: qpq.v1.AckResponse.$Properties): qpq.v1.AckResponse;
            static encode(m: qpq.v1.AckResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.AckResponse & qpq.v1.AckResponse.$Shape;
        }

        namespace AckResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.AckResponse.$Properties;
        }

        interface IBatchEnqueueRequest extends qpq.v1.BatchEnqueueRequest.$Properties {
        }

        class BatchEnqueueRequest {
            constructor(p?: qpq.v1.BatchEnqueueRequest.$Properties);
            $unknowns?: Uint8Array[];
            recipient_keys: Uint8Array[];
            payload: Uint8Array;
            channel_id: Uint8Array;
            ttl_secs: number;
            message_id: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            recipient_domains: string[];
            static create(properties: qpq.v1.BatchEnqueueRequest.$Shape): qpq.v1.BatchEnqueueRequest & qpq.v1.BatchEnqueueRequest.$Shape;
            static create(properties?: qpq.v1.BatchEnqueueRequest.$Properties): qpq.v1.BatchEnqueueRequest;
            static encode(m: qpq.v1.BatchEnqueueRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.BatchEnqueueRequest & qpq.v1.BatchEnqueueRequest.$Shape;
        }

        namespace BatchEnqueueRequest {
            interface $Properties {
                recipient_keys?: (Uint8Array[]|null);
                payload?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                ttl_secs?: (number|null);
                message_id?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                recipient_domains?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.BatchEnqueueRequest.$Properties;
        }

        interface IBatchEnqueueResponse extends qpq.v1.BatchEnqueueResponse.$Properties {
        }

        class BatchEnqueueResponse {
            constructor(p?: qpq.v1.BatchEnqueueResponse.$Properties);
            $unknowns?: Uint8Array[];
            seqs: number[];
            forwarded_via: string[];
            static create(properties: qpq.v1.BatchEnqueueResponse.$Shape): qpq.v1.BatchEnqueueResponse & qpq.v1.BatchEnqueueResponse.$Shape;
            static create(properties?: qpq.v1.BatchEnqueueResponse.$Properties): qpq.v1.BatchEnqueueResponse;
            static encode(m: qpq.v1.BatchEnqueueResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.BatchEnqueueResponse & qpq.v1.BatchEnqueueResponse.$Shape;
        }

        namespace BatchEnqueueResponse {
            interface $Properties {
                seqs?: (number[]|null);
                forwarded_via?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.BatchEnqueueResponse.$Properties;
        }

        interface IDevice extends qpq.v1.Device.$Properties {
        }

        class Device {
            constructor(p?: qpq.v1.Device.$Properties);
            $unknowns?: Uint8Array[];
            device_id: Uint8Array;
            device_name: string;
            device_key: Uint8Array;
            registered_at_ms: number;
            last_seen_ms: number;
            current: boolean;
            has_push_token: boolean;
            static create(properties: qpq.v1.Device.$Shape): qpq.v1.Device & qpq.v1.Device.$Shape;
            static create(properties?: qpq.v1.Device.$Properties): qpq.v1.Device;
            static encode(m: qpq.v1.Device.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.Device & qpq.v1.Device.$Shape;
        }

        namespace Device {
            interface $Properties {
                device_id?: (Uint8Array|null);
                device_name?: (string|null);
                device_key?: (Uint8Array|null);
                registered_at_ms?: (number|null);
                last_seen_ms?: (number|null);
                current?: (boolean|null);
                has_push_token?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.Device.$Properties;
        }

        interface IRegisterDeviceRequest extends qpq.v1.RegisterDeviceRequest.$Properties {
        }

        class RegisterDeviceRequest {
            constructor(p?: qpq.v1.RegisterDeviceRequest.$Properties);
            $unknowns?: Uint8Array[];
            device_id: Uint8Array;
            device_name: string;
            device_key: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.RegisterDeviceRequest.$Shape): qpq.v1.RegisterDeviceRequest & qpq.v1.RegisterDeviceRequest.$Shape;
            static create(properties?: qpq.v1.RegisterDeviceRequest.$Properties): qpq.v1.RegisterDeviceRequest;
            static encode(m: qpq.v1.RegisterDeviceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RegisterDeviceRequest & qpq.v1.RegisterDeviceRequest.$Shape;
        }

        namespace RegisterDeviceRequest {
            interface $Properties {
                device_id?: (Uint8Array|null);
                device_name?: (string|null);
                device_key?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RegisterDeviceRequest.$Properties;
        }

        interface IRegisterDeviceResponse extends qpq.v1.RegisterDeviceResponse.$Properties {
        }

        class RegisterDeviceResponse {
            constructor(p?: qpq.v1.RegisterDeviceResponse.$Properties);
            $unknowns?: Uint8Array[];
            created: boolean;
            device_count: number;
            static create(properties: qpq.v1.RegisterDeviceResponse.$Shape): qpq.v1.RegisterDeviceResponse & qpq.v1.RegisterDeviceResponse.$Shape;
            static create(properties?: qpq.v1.RegisterDeviceResponse.$Properties): qpq.v1.RegisterDeviceResponse;
            static encode(m: qpq.v1.RegisterDeviceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RegisterDeviceResponse & qpq.v1.RegisterDeviceResponse.$Shape;
        }

        namespace RegisterDeviceResponse {
            interface $Properties {
                created?: (boolean|null);
                device_count?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RegisterDeviceResponse.$Properties;
        }

        interface IListDevicesRequest extends qpq.v1.ListDevicesRequest.$Properties {
        }

        class ListDevicesRequest {
            constructor(p?: qpq.v1.ListDevicesRequest.$Properties);
            $unknowns?: Uint8Array[];
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.ListDevicesRequest.$Shape): qpq.v1.ListDevicesRequest & qpq.v1.ListDevicesRequest.$Shape;
            static create(properties?: qpq.v1.ListDevicesRequest.$Properties): qpq.v1.ListDevicesRequest;
            static encode(m: qpq.v1.ListDevicesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ListDevicesRequest & qpq.v1.ListDevicesRequest.$Shape;
        }

        namespace ListDevicesRequest {
            interface $Properties {
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ListDevicesRequest.$Properties;
        }

        interface IListDevicesResponse extends qpq.v1.ListDevicesResponse.$Properties {
        }

        class ListDevicesResponse {
            constructor(p?: qpq.v1.ListDevicesResponse.$Properties);
            $unknowns?: Uint8Array[];
            devices: qpq.v1.Device.$Properties[];
            static create(properties: qpq.v1.ListDevicesResponse.$Shape): qpq.v1.ListDevicesResponse & qpq.v1.ListDevicesResponse.$Shape;
            static create(properties?: qpq.v1.ListDevicesResponse.$Properties): qpq.v1.ListDevicesResponse;
            static encode(m: qpq.v1.ListDevicesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ListDevicesResponse & qpq.v1.ListDevicesResponse.$Shape;
        }

        namespace ListDevicesResponse {
            interface $Properties {
                devices?: (qpq.v1.Device.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ListDevicesResponse.$Properties;
        }

        interface IRevokeDeviceRequest extends qpq.v1.RevokeDeviceRequest.$Properties {
        }

        class RevokeDeviceRequest {
            constructor(p?: qpq.v1.RevokeDeviceRequest.$Properties);
            $unknowns?: Uint8Array[];
            device_id: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.RevokeDeviceRequest.$Shape): qpq.v1.RevokeDeviceRequest & qpq.v1.RevokeDeviceRequest.$Shape;
            static create(properties?: qpq.v1.RevokeDeviceRequest.$Properties): qpq.v1.RevokeDeviceRequest;
            static encode(m: qpq.v1.RevokeDeviceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RevokeDeviceRequest & qpq.v1.RevokeDeviceRequest.$Shape;
        }

        namespace RevokeDeviceRequest {
            interface $Properties {
                device_id?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RevokeDeviceRequest.$Properties;
        }

        interface IRevokeDeviceResponse extends qpq.v1.RevokeDeviceResponse.$Properties {
        }

        class RevokeDeviceResponse {
            constructor(p?: qpq.v1.RevokeDeviceResponse.$Properties);
            $unknowns?: Uint8Array[];
            revoked: boolean;
            static create(properties: qpq.v1.RevokeDeviceResponse.$Shape): qpq.v1.RevokeDeviceResponse & qpq.v1.RevokeDeviceResponse.$Shape;
            static create(properties?: qpq.v1.RevokeDeviceResponse.$Properties): qpq.v1.RevokeDeviceResponse;
            static encode(m: qpq.v1.RevokeDeviceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RevokeDeviceResponse & qpq.v1.RevokeDeviceResponse.$Shape;
        }

        namespace RevokeDeviceResponse {
            interface $Properties {
                revoked?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RevokeDeviceResponse.$Properties;
        }

        interface IRegisterPushTokenRequest extends qpq.v1.RegisterPushTokenRequest.$Properties {
        }

        class RegisterPushTokenRequest {
            constructor(p?: qpq.v1.RegisterPushTokenRequest.$Properties);
            $unknowns?: Uint8Array[];
            device_id: Uint8Array;
            platform: string;
            token: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.RegisterPushTokenRequest.$Shape): qpq.v1.RegisterPushTokenRequest & qpq.v1.RegisterPushTokenRequest.$Shape;
            static create(properties?: qpq.v1.RegisterPushTokenRequest.$Properties): qpq.v1.RegisterPushTokenRequest;
            static encode(m: qpq.v1.RegisterPushTokenRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RegisterPushTokenRequest & qpq.v1.RegisterPushTokenRequest.$Shape;
        }

        namespace RegisterPushTokenRequest {
            interface $Properties {
                device_id?: (Uint8Array|null);
                platform?: (string|null);
                token?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RegisterPushTokenRequest.$Properties;
        }

        interface IRegisterPushTokenResponse extends qpq.v1.RegisterPushTokenResponse.$Properties {
        }

        class RegisterPushTokenResponse {
            constructor(p?: qpq.v1.RegisterPushTokenResponse.$Properties);
            $unknowns?: Uint8Array[];
            success: boolean;
            static create(properties: qpq.v1.RegisterPushTokenResponse.$Shape): qpq.v1.RegisterPushTokenResponse & qpq.v1.RegisterPushTokenResponse.$Shape;
            static create(properties?: qpq.v1.RegisterPushTokenResponse.$Properties): qpq.v1.RegisterPushTokenResponse;
            static encode(m: qpq.v1.RegisterPushTokenResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RegisterPushTokenResponse & qpq.v1.RegisterPushTokenResponse.$Shape;
        }

        namespace RegisterPushTokenResponse {
            interface $Properties {
                success?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RegisterPushTokenResponse.$Properties;
        }

        interface IFederationAuth extends qpq.v1.FederationAuth.$Properties {
        }

        class FederationAuth {
            constructor(p?: qpq.v1.FederationAuth.$Properties);
            $unknowns?: Uint8Array[];
            origin_domain: string;
            static create(properties: qpq.v1.FederationAuth.$Shape): qpq.v1.FederationAuth & qpq.v1.FederationAuth.$Shape;
            static create(properties?: qpq.v1.FederationAuth.$Properties): qpq.v1.FederationAuth;
            static encode(m: qpq.v1.FederationAuth.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FederationAuth & qpq.v1.FederationAuth.$Shape;
        }

        namespace FederationAuth {
            interface $Properties {
                origin_domain?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FederationAuth.$Properties;
        }

        interface IRelayEnqueueRequest extends qpq.v1.RelayEnqueueRequest.$Properties {
        }

        class RelayEnqueueRequest {
            constructor(p?: qpq.v1.RelayEnqueueRequest.$Properties);
            $unknowns?: Uint8Array[];
            federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
            enqueue?: (qpq.v1.EnqueueRequest.$Properties|null);
            relay_id: Uint8Array;
            static create(properties: qpq.v1.RelayEnqueueRequest.$Shape): qpq.v1.RelayEnqueueRequest & qpq.v1.RelayEnqueueRequest.$Shape;
            static create(properties?: qpq.v1.RelayEnqueueRequest.$Properties): qpq.v1.RelayEnqueueRequest;
            static encode(m: qpq.v1.RelayEnqueueRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RelayEnqueueRequest & qpq.v1.RelayEnqueueRequest.$Shape;
        }

        namespace RelayEnqueueRequest {
            interface $Properties {
                federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
                enqueue?: (qpq.v1.EnqueueRequest.$Properties|null);
                relay_id?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RelayEnqueueRequest.$Properties;
        }

        interface IRelayEnqueueResponse extends qpq.v1.RelayEnqueueResponse.$Properties {
        }

        class RelayEnqueueResponse {
            constructor(p?: qpq.v1.RelayEnqueueResponse.$Properties);
            $unknowns?: Uint8Array[];
            result?: (qpq.v1.EnqueueResponse.$Properties|null);
            static create(properties: qpq.v1.RelayEnqueueResponse.$Shape): qpq.v1.RelayEnqueueResponse & qpq.v1.RelayEnqueueResponse.$Shape;
            static create(properties?: qpq.v1.RelayEnqueueResponse.$Properties): qpq.v1.RelayEnqueueResponse;
            static encode(m: qpq.v1.RelayEnqueueResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RelayEnqueueResponse & qpq.v1.RelayEnqueueResponse.$Shape;
        }

        namespace RelayEnqueueResponse {
            interface $Properties {
                result?: (qpq.v1.EnqueueResponse.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RelayEnqueueResponse.$Properties;
        }

        interface IRelayBatchEnqueueRequest extends qpq.v1.RelayBatchEnqueueRequest.$Properties {
        }

        class RelayBatchEnqueueRequest {
            constructor(p?: qpq.v1.RelayBatchEnqueueRequest.$Properties);
            $unknowns?: Uint8Array[];
            federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
            batch?: (qpq.v1.BatchEnqueueRequest.$Properties|null);
            messages: qpq.v1.RelayedMessage.$Properties[];
            static create(properties: qpq.v1.RelayBatchEnqueueRequest.$Shape): qpq.v1.RelayBatchEnqueueRequest & qpq.v1.RelayBatchEnqueueRequest.$Shape;
            static create(properties?: qpq.v1.RelayBatchEnqueueRequest.$Properties): qpq.v1.RelayBatchEnqueueRequest;
            static encode(m: qpq.v1.RelayBatchEnqueueRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RelayBatchEnqueueRequest & qpq.v1.RelayBatchEnqueueRequest.$Shape;
        }

        namespace RelayBatchEnqueueRequest {
            interface $Properties {
                federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
                batch?: (qpq.v1.BatchEnqueueRequest.$Properties|null);
                messages?: (qpq.v1.RelayedMessage.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RelayBatchEnqueueRequest.$Properties;
        }

        interface IRelayBatchEnqueueResponse extends qpq.v1.RelayBatchEnqueueResponse.$Properties {
        }

        class RelayBatchEnqueueResponse {
            constructor(p?: qpq.v1.RelayBatchEnqueueResponse.$Properties);
            $unknowns?: Uint8Array[];
            result?: (qpq.v1.BatchEnqueueResponse.$Properties|null);
            results: qpq.v1.RelayResult.$Properties[];
            static create(properties: qpq.v1.RelayBatchEnqueueResponse.$Shape): qpq.v1.RelayBatchEnqueueResponse & qpq.v1.RelayBatchEnqueueResponse.$Shape;
            static create(properties?: qpq.v1.RelayBatchEnqueueResponse.$Properties): qpq.v1.RelayBatchEnqueueResponse;
            static encode(m: qpq.v1.RelayBatchEnqueueResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RelayBatchEnqueueResponse & qpq.v1.RelayBatchEnqueueResponse.$Shape;
        }

        namespace RelayBatchEnqueueResponse {
            interface $Properties {
                result?: (qpq.v1.BatchEnqueueResponse.$Properties|null);
                results?: (qpq.v1.RelayResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RelayBatchEnqueueResponse.$Properties;
        }

        interface IRelayedMessage extends qpq.v1.RelayedMessage.$Properties {
        }

        class RelayedMessage {
            constructor(p?: qpq.v1.RelayedMessage.$Properties);
            $unknowns?: Uint8Array[];
            relay_id: Uint8Array;
            recipient_key: Uint8Array;
            payload: Uint8Array;
            channel_id: Uint8Array;
            expires_at_ms: number;
            message_id: Uint8Array;
            static create(properties: qpq.v1.RelayedMessage.$Shape): qpq.v1.RelayedMessage & qpq.v1.RelayedMessage.$Shape;
            static create(properties?: qpq.v1.RelayedMessage.$Properties): qpq.v1.RelayedMessage;
            static encode(m: qpq.v1.RelayedMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RelayedMessage & qpq.v1.RelayedMessage.$Shape;
        }

        namespace RelayedMessage {
            interface $Properties {
                relay_id?: (Uint8Array|null);
                recipient_key?: (Uint8Array|null);
                payload?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                expires_at_ms?: (number|null);
                message_id?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RelayedMessage.$Properties;
        }

        interface IRelayResult extends qpq.v1.RelayResult.$Properties {
        }

        class RelayResult {
            constructor(p?: qpq.v1.RelayResult.$Properties);
            $unknowns?: Uint8Array[];
            relay_id: Uint8Array;
            status: number;
            duplicate: boolean;
            seq: number;
            reason: string;
            static create(properties: qpq.v1.RelayResult.$Shape): qpq.v1.RelayResult & qpq.v1.RelayResult.$Shape;
            static create(properties?: qpq.v1.RelayResult.$Properties): qpq.v1.RelayResult;
            static encode(m: qpq.v1.RelayResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RelayResult & qpq.v1.RelayResult.$Shape;
        }

        namespace RelayResult {
            interface $Properties {
                relay_id?: (Uint8Array|null);
                status?: (number|null);
                duplicate?: (boolean|null);
                seq?: (number|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RelayResult.$Properties;
        }

        interface IProxyFetchKeyPackageRequest extends qpq.v1.ProxyFetchKeyPackageRequest.$Properties {
        }

        class ProxyFetchKeyPackageRequest {
            constructor(p?: qpq.v1.ProxyFetchKeyPackageRequest.$Properties);
            $unknowns?: Uint8Array[];
            federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
            fetch?: (qpq.v1.FetchKeyPackageRequest.$Properties|null);
            static create(properties: qpq.v1.ProxyFetchKeyPackageRequest.$Shape): qpq.v1.ProxyFetchKeyPackageRequest & qpq.v1.ProxyFetchKeyPackageRequest.$Shape;
            static create(properties?: qpq.v1.ProxyFetchKeyPackageRequest.$Properties): qpq.v1.ProxyFetchKeyPackageRequest;
            static encode(m: qpq.v1.ProxyFetchKeyPackageRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ProxyFetchKeyPackageRequest & qpq.v1.ProxyFetchKeyPackageRequest.$Shape;
        }

        namespace ProxyFetchKeyPackageRequest {
            interface $Properties {
                federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
                fetch?: (qpq.v1.FetchKeyPackageRequest.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ProxyFetchKeyPackageRequest.$Properties;
        }

        interface IProxyFetchKeyPackageResponse extends qpq.v1.ProxyFetchKeyPackageResponse.$Properties {
        }

        class ProxyFetchKeyPackageResponse {
            constructor(p?: qpq.v1.ProxyFetchKeyPackageResponse.$Properties);
            $unknowns?: Uint8Array[];
            result?: (qpq.v1.FetchKeyPackageResponse.$Properties|null);
            static create(properties: qpq.v1.ProxyFetchKeyPackageResponse.$Shape): qpq.v1.ProxyFetchKeyPackageResponse & qpq.v1.ProxyFetchKeyPackageResponse.$Shape;
            static create(properties?: qpq.v1.ProxyFetchKeyPackageResponse.$Properties): qpq.v1.ProxyFetchKeyPackageResponse;
            static encode(m: qpq.v1.ProxyFetchKeyPackageResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ProxyFetchKeyPackageResponse & qpq.v1.ProxyFetchKeyPackageResponse.$Shape;
        }

        namespace ProxyFetchKeyPackageResponse {
            interface $Properties {
                result?: (qpq.v1.FetchKeyPackageResponse.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ProxyFetchKeyPackageResponse.$Properties;
        }

        interface IProxyFetchHybridKeyRequest extends qpq.v1.ProxyFetchHybridKeyRequest.$Properties {
        }

        class ProxyFetchHybridKeyRequest {
            constructor(p?: qpq.v1.ProxyFetchHybridKeyRequest.$Properties);
            $unknowns?: Uint8Array[];
            federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
            fetch?: (qpq.v1.FetchHybridKeyRequest.$Properties|null);
            static create(properties: qpq.v1.ProxyFetchHybridKeyRequest.$Shape): qpq.v1.ProxyFetchHybridKeyRequest & qpq.v1.ProxyFetchHybridKeyRequest.$Shape;
            static create(properties?: qpq.v1.ProxyFetchHybridKeyRequest.$Properties): qpq.v1.ProxyFetchHybridKeyRequest;
            static encode(m: qpq.v1.ProxyFetchHybridKeyRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ProxyFetchHybridKeyRequest & qpq.v1.ProxyFetchHybridKeyRequest.$Shape;
        }

        namespace ProxyFetchHybridKeyRequest {
            interface $Properties {
                federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
                fetch?: (qpq.v1.FetchHybridKeyRequest.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ProxyFetchHybridKeyRequest.$Properties;
        }

        interface IProxyFetchHybridKeyResponse extends qpq.v1.ProxyFetchHybridKeyResponse.$Properties {
        }

        class ProxyFetchHybridKeyResponse {
            constructor(p?: qpq.v1.ProxyFetchHybridKeyResponse.$Properties);
            $unknowns?: Uint8Array[];
            result?: (qpq.v1.FetchHybridKeyResponse.$Properties|null);
            static create(properties: qpq.v1.ProxyFetchHybridKeyResponse.$Shape): qpq.v1.ProxyFetchHybridKeyResponse & qpq.v1.ProxyFetchHybridKeyResponse.$Shape;
            static create(properties?: qpq.v1.ProxyFetchHybridKeyResponse.$Properties): qpq.v1.ProxyFetchHybridKeyResponse;
            static encode(m: qpq.v1.ProxyFetchHybridKeyResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ProxyFetchHybridKeyResponse & qpq.v1.ProxyFetchHybridKeyResponse.$Shape;
        }

        namespace ProxyFetchHybridKeyResponse {
            interface $Properties {
                result?: (qpq.v1.FetchHybridKeyResponse.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ProxyFetchHybridKeyResponse.$Properties;
        }

        interface IProxyResolveUserRequest extends qpq.v1.ProxyResolveUserRequest.$Properties {
        }

        class ProxyResolveUserRequest {
            constructor(p?: qpq.v1.ProxyResolveUserRequest.$Properties);
            $unknowns?: Uint8Array[];
            federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
            resolve?: (qpq.v1.ResolveUserRequest.$Properties|null);
            static create(properties: qpq.v1.ProxyResolveUserRequest.$Shape): qpq.v1.ProxyResolveUserRequest & qpq.v1.ProxyResolveUserRequest.$Shape;
            static create(properties?: qpq.v1.ProxyResolveUserRequest.$Properties): qpq.v1.ProxyResolveUserRequest;
            static encode(m: qpq.v1.ProxyResolveUserRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ProxyResolveUserRequest & qpq.v1.ProxyResolveUserRequest.$Shape;
        }

        namespace ProxyResolveUserRequest {
            interface $Properties {
                federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
                resolve?: (qpq.v1.ResolveUserRequest.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ProxyResolveUserRequest.$Properties;
        }

        interface IProxyResolveUserResponse extends qpq.v1.ProxyResolveUserResponse.$Properties {
        }

        class ProxyResolveUserResponse {
            constructor(p?: qpq.v1.ProxyResolveUserResponse.$Properties);
            $unknowns?: Uint8Array[];
            result?: (qpq.v1.ResolveUserResponse.$Properties|null);
            static create(properties: qpq.v1.ProxyResolveUserResponse.$Shape): qpq.v1.ProxyResolveUserResponse & qpq.v1.ProxyResolveUserResponse.$Shape;
            static create(properties?: qpq.v1.ProxyResolveUserResponse.$Properties): qpq.v1.ProxyResolveUserResponse;
            static encode(m: qpq.v1.ProxyResolveUserResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ProxyResolveUserResponse & qpq.v1.ProxyResolveUserResponse.$Shape;
        }

        namespace ProxyResolveUserResponse {
            interface $Properties {
                result?: (qpq.v1.ResolveUserResponse.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ProxyResolveUserResponse.$Properties;
        }

        interface IFederationHealthRequest extends qpq.v1.FederationHealthRequest.$Properties {
        }

        class FederationHealthRequest {
            constructor(p?: qpq.v1.FederationHealthRequest.$Properties);
            $unknowns?: Uint8Array[];
            federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
            static create(properties: qpq.v1.FederationHealthRequest.$Shape): qpq.v1.FederationHealthRequest & qpq.v1.FederationHealthRequest.$Shape;
            static create(properties?: qpq.v1.FederationHealthRequest.$Properties): qpq.v1.FederationHealthRequest;
            static encode(m: qpq.v1.FederationHealthRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FederationHealthRequest & qpq.v1.FederationHealthRequest.$Shape;
        }

        namespace FederationHealthRequest {
            interface $Properties {
                federation_auth?: (qpq.v1.FederationAuth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FederationHealthRequest.$Properties;
        }

        interface IFederationHealthResponse extends qpq.v1.FederationHealthResponse.$Properties {
        }

        class FederationHealthResponse {
            constructor(p?: qpq.v1.FederationHealthResponse.$Properties);
            $unknowns?: Uint8Array[];
            health?: (qpq.v1.HealthResponse.$Properties|null);
            domain: string;
            server_time_ms: number;
            peer_known: boolean;
            link_back?: (qpq.v1.FederationQueueState.$Properties|null);
            static create(properties: qpq.v1.FederationHealthResponse.$Shape): qpq.v1.FederationHealthResponse & qpq.v1.FederationHealthResponse.$Shape;
            static create(properties?: qpq.v1.FederationHealthResponse.$Properties): qpq.v1.FederationHealthResponse;
            static encode(m: qpq.v1.FederationHealthResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FederationHealthResponse & qpq.v1.FederationHealthResponse.$Shape;
        }

        namespace FederationHealthResponse {
            interface $Properties {
                health?: (qpq.v1.HealthResponse.$Properties|null);
                domain?: (string|null);
                server_time_ms?: (number|null);
                peer_known?: (boolean|null);
                link_back?: (qpq.v1.FederationQueueState.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FederationHealthResponse.$Properties;
        }

        interface IFederationQueueState extends qpq.v1.FederationQueueState.$Properties {
        }

        class FederationQueueState {
            constructor(p?: qpq.v1.FederationQueueState.$Properties);
            $unknowns?: Uint8Array[];
            domain: string;
            pending: number;
            oldest_enqueued_ms: number;
            last_success_ms: number;
            last_failure_ms: number;
            last_failure_reason: string;
            consecutive_failures: number;
            next_retry_ms: number;
            static create(properties: qpq.v1.FederationQueueState.$Shape): qpq.v1.FederationQueueState & qpq.v1.FederationQueueState.$Shape;
            static create(properties?: qpq.v1.FederationQueueState.$Properties): qpq.v1.FederationQueueState;
            static encode(m: qpq.v1.FederationQueueState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FederationQueueState & qpq.v1.FederationQueueState.$Shape;
        }

        namespace FederationQueueState {
            interface $Properties {
                domain?: (string|null);
                pending?: (number|null);
                oldest_enqueued_ms?: (number|null);
                last_success_ms?: (number|null);
                last_failure_ms?: (number|null);
                last_failure_reason?: (string|null);
                consecutive_failures?: (number|null);
                next_retry_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FederationQueueState.$Properties;
        }

        interface IUploadKeyPackageRequest extends qpq.v1.UploadKeyPackageRequest.$Properties {
        }

        class UploadKeyPackageRequest {
            constructor(p?: qpq.v1.UploadKeyPackageRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            package: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.UploadKeyPackageRequest.$Shape): qpq.v1.UploadKeyPackageRequest & qpq.v1.UploadKeyPackageRequest.$Shape;
            static create(properties?: qpq.v1.UploadKeyPackageRequest.$Properties): qpq.v1.UploadKeyPackageRequest;
            static encode(m: qpq.v1.UploadKeyPackageRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.UploadKeyPackageRequest & qpq.v1.UploadKeyPackageRequest.$Shape;
        }

        namespace UploadKeyPackageRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                "package"?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.UploadKeyPackageRequest.$Properties;
        }

        interface IUploadKeyPackageResponse extends qpq.v1.UploadKeyPackageResponse.$Properties {
        }

        class UploadKeyPackageResponse {
            constructor(p?: qpq.v1.UploadKeyPackageResponse.$Properties);
            $unknowns?: Uint8Array[];
            fingerprint: Uint8Array;
            stored: number;
            static create(properties: qpq.v1.UploadKeyPackageResponse.$Shape): qpq.v1.UploadKeyPackageResponse & qpq.v1.UploadKeyPackageResponse.$Shape;
            static create(properties?: qpq.v1.UploadKeyPackageResponse.$Properties): qpq.v1.UploadKeyPackageResponse;
            static encode(m: qpq.v1.UploadKeyPackageResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.UploadKeyPackageResponse & qpq.v1.UploadKeyPackageResponse.$Shape;
        }

        namespace UploadKeyPackageResponse {
            interface $Properties {
                fingerprint?: (Uint8Array|null);
                stored?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.UploadKeyPackageResponse.$Properties;
        }

        interface IFetchKeyPackageRequest extends qpq.v1.FetchKeyPackageRequest.$Properties {
        }

        class FetchKeyPackageRequest {
            constructor(p?: qpq.v1.FetchKeyPackageRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.FetchKeyPackageRequest.$Shape): qpq.v1.FetchKeyPackageRequest & qpq.v1.FetchKeyPackageRequest.$Shape;
            static create(properties?: qpq.v1.FetchKeyPackageRequest.$Properties): qpq.v1.FetchKeyPackageRequest;
            static encode(m: qpq.v1.FetchKeyPackageRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchKeyPackageRequest & qpq.v1.FetchKeyPackageRequest.$Shape;
        }

        namespace FetchKeyPackageRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchKeyPackageRequest.$Properties;
        }

        interface IFetchKeyPackageResponse extends qpq.v1.FetchKeyPackageResponse.$Properties {
        }

        class FetchKeyPackageResponse {
            constructor(p?: qpq.v1.FetchKeyPackageResponse.$Properties);
            $unknowns?: Uint8Array[];
            package: Uint8Array;
            static create(properties: qpq.v1.FetchKeyPackageResponse.$Shape): qpq.v1.FetchKeyPackageResponse & qpq.v1.FetchKeyPackageResponse.$Shape;
            static create(properties?: qpq.v1.FetchKeyPackageResponse.$Properties): qpq.v1.FetchKeyPackageResponse;
            static encode(m: qpq.v1.FetchKeyPackageResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchKeyPackageResponse & qpq.v1.FetchKeyPackageResponse.$Shape;
        }

        namespace FetchKeyPackageResponse {
            interface $Properties {
                "package"?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchKeyPackageResponse.$Properties;
        }

        interface IUploadHybridKeyRequest extends qpq.v1.UploadHybridKeyRequest.$Properties {
        }

        class UploadHybridKeyRequest {
            constructor(p?: qpq.v1.UploadHybridKeyRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            hybrid_public_key: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.UploadHybridKeyRequest.$Shape): qpq.v1.UploadHybridKeyRequest & qpq.v1.UploadHybridKeyRequest.$Shape;
            static create(properties?: qpq.v1.UploadHybridKeyRequest.$Properties): qpq.v1.UploadHybridKeyRequest;
            static encode(m: qpq.v1.UploadHybridKeyRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.UploadHybridKeyRequest & qpq.v1.UploadHybridKeyRequest.$Shape;
        }

        namespace UploadHybridKeyRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                hybrid_public_key?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.UploadHybridKeyRequest.$Properties;
        }

        interface IUploadHybridKeyResponse extends qpq.v1.UploadHybridKeyResponse.$Properties {
        }

        class UploadHybridKeyResponse {
            constructor(p?: qpq.v1.UploadHybridKeyResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: qpq.v1.UploadHybridKeyResponse.$Shape): qpq.v1.UploadHybridKeyResponse & qpq.v1.UploadHybridKeyResponse.$Shape;
            static create(properties?: qpq.v1.UploadHybridKeyResponse.$Properties): qpq.v1.UploadHybridKeyResponse;
            static encode(m: qpq.v1.UploadHybridKeyResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.UploadHybridKeyResponse & qpq.v1.UploadHybridKeyResponse.$Shape;
        }

        namespace UploadHybridKeyResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.UploadHybridKeyResponse.$Properties;
        }

        interface IFetchHybridKeyRequest extends qpq.v1.FetchHybridKeyRequest.$Properties {
        }

        class FetchHybridKeyRequest {
            constructor(p?: qpq.v1.FetchHybridKeyRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.FetchHybridKeyRequest.$Shape): qpq.v1.FetchHybridKeyRequest & qpq.v1.FetchHybridKeyRequest.$Shape;
            static create(properties?: qpq.v1.FetchHybridKeyRequest.$Properties): qpq.v1.FetchHybridKeyRequest;
            static encode(m: qpq.v1.FetchHybridKeyRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchHybridKeyRequest & qpq.v1.FetchHybridKeyRequest.$Shape;
        }

        namespace FetchHybridKeyRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchHybridKeyRequest.$Properties;
        }

        interface IFetchHybridKeyResponse extends qpq.v1.FetchHybridKeyResponse.$Properties {
        }

        class FetchHybridKeyResponse {
            constructor(p?: qpq.v1.FetchHybridKeyResponse.$Properties);
            $unknowns?: Uint8Array[];
            hybrid_public_key: Uint8Array;
            static create(properties: qpq.v1.FetchHybridKeyResponse.$Shape): qpq.v1.FetchHybridKeyResponse & qpq.v1.FetchHybridKeyResponse.$Shape;
            static create(properties?: qpq.v1.FetchHybridKeyResponse.$Properties): qpq.v1.FetchHybridKeyResponse;
            static encode(m: qpq.v1.FetchHybridKeyResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchHybridKeyResponse & qpq.v1.FetchHybridKeyResponse.$Shape;
        }

        namespace FetchHybridKeyResponse {
            interface $Properties {
                hybrid_public_key?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchHybridKeyResponse.$Properties;
        }

        interface IFetchHybridKeysRequest extends qpq.v1.FetchHybridKeysRequest.$Properties {
        }

        class FetchHybridKeysRequest {
            constructor(p?: qpq.v1.FetchHybridKeysRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_keys: Uint8Array[];
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.FetchHybridKeysRequest.$Shape): qpq.v1.FetchHybridKeysRequest & qpq.v1.FetchHybridKeysRequest.$Shape;
            static create(properties?: qpq.v1.FetchHybridKeysRequest.$Properties): qpq.v1.FetchHybridKeysRequest;
            static encode(m: qpq.v1.FetchHybridKeysRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchHybridKeysRequest & qpq.v1.FetchHybridKeysRequest.$Shape;
        }

        namespace FetchHybridKeysRequest {
            interface $Properties {
                identity_keys?: (Uint8Array[]|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchHybridKeysRequest.$Properties;
        }

        interface IFetchHybridKeysResponse extends qpq.v1.FetchHybridKeysResponse.$Properties {
        }

        class FetchHybridKeysResponse {
            constructor(p?: qpq.v1.FetchHybridKeysResponse.$Properties);
            $unknowns?: Uint8Array[];
            keys: Uint8Array[];
            static create(properties: qpq.v1.FetchHybridKeysResponse.$Shape): qpq.v1.FetchHybridKeysResponse & qpq.v1.FetchHybridKeysResponse.$Shape;
            static create(properties?: qpq.v1.FetchHybridKeysResponse.$Properties): qpq.v1.FetchHybridKeysResponse;
            static encode(m: qpq.v1.FetchHybridKeysResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchHybridKeysResponse & qpq.v1.FetchHybridKeysResponse.$Shape;
        }

        namespace FetchHybridKeysResponse {
            interface $Properties {
                keys?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchHybridKeysResponse.$Properties;
        }

        interface IRevokeKeyRequest extends qpq.v1.RevokeKeyRequest.$Properties {
        }

        class RevokeKeyRequest {
            constructor(p?: qpq.v1.RevokeKeyRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            reason: string;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.RevokeKeyRequest.$Shape): qpq.v1.RevokeKeyRequest & qpq.v1.RevokeKeyRequest.$Shape;
            static create(properties?: qpq.v1.RevokeKeyRequest.$Properties): qpq.v1.RevokeKeyRequest;
            static encode(m: qpq.v1.RevokeKeyRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RevokeKeyRequest & qpq.v1.RevokeKeyRequest.$Shape;
        }

        namespace RevokeKeyRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                reason?: (string|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RevokeKeyRequest.$Properties;
        }

        interface IRevokeKeyResponse extends qpq.v1.RevokeKeyResponse.$Properties {
        }

        class RevokeKeyResponse {
            constructor(p?: qpq.v1.RevokeKeyResponse.$Properties);
            $unknowns?: Uint8Array[];
            success: boolean;
            leaf_index: number;
            static create(properties: qpq.v1.RevokeKeyResponse.$Shape): qpq.v1.RevokeKeyResponse & qpq.v1.RevokeKeyResponse.$Shape;
            static create(properties?: qpq.v1.RevokeKeyResponse.$Properties): qpq.v1.RevokeKeyResponse;
            static encode(m: qpq.v1.RevokeKeyResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RevokeKeyResponse & qpq.v1.RevokeKeyResponse.$Shape;
        }

        namespace RevokeKeyResponse {
            interface $Properties {
                success?: (boolean|null);
                leaf_index?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RevokeKeyResponse.$Properties;
        }

        interface ICheckRevocationRequest extends qpq.v1.CheckRevocationRequest.$Properties {
        }

        class CheckRevocationRequest {
            constructor(p?: qpq.v1.CheckRevocationRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            known_tree_size: number;
            static create(properties: qpq.v1.CheckRevocationRequest.$Shape): qpq.v1.CheckRevocationRequest & qpq.v1.CheckRevocationRequest.$Shape;
            static create(properties?: qpq.v1.CheckRevocationRequest.$Properties): qpq.v1.CheckRevocationRequest;
            static encode(m: qpq.v1.CheckRevocationRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.CheckRevocationRequest & qpq.v1.CheckRevocationRequest.$Shape;
        }

        namespace CheckRevocationRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                known_tree_size?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.CheckRevocationRequest.$Properties;
        }

        interface ICheckRevocationResponse extends qpq.v1.CheckRevocationResponse.$Properties {
        }

        class CheckRevocationResponse {
            constructor(p?: qpq.v1.CheckRevocationResponse.$Properties);
            $unknowns?: Uint8Array[];
            revoked: boolean;
            reason: string;
            timestamp_ms: number;
            leaf: Uint8Array;
            inclusion_proof?: (qpq.v1.InclusionProof.$Properties|null);
            tree_head?: (qpq.v1.SignedTreeHead.$Properties|null);
            consistency_proof?: (qpq.v1.ConsistencyProof.$Properties|null);
            static create(properties: qpq.v1.CheckRevocationResponse.$Shape): qpq.v1.CheckRevocationResponse & qpq.v1.CheckRevocationResponse.$Shape;
            static create(properties?: qpq.v1.CheckRevocationResponse.$Properties): qpq.v1.CheckRevocationResponse;
            static encode(m: qpq.v1.CheckRevocationResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.CheckRevocationResponse & qpq.v1.CheckRevocationResponse.$Shape;
        }

        namespace CheckRevocationResponse {
            interface $Properties {
                revoked?: (boolean|null);
                reason?: (string|null);
                timestamp_ms?: (number|null);
                leaf?: (Uint8Array|null);
                inclusion_proof?: (qpq.v1.InclusionProof.$Properties|null);
                tree_head?: (qpq.v1.SignedTreeHead.$Properties|null);
                consistency_proof?: (qpq.v1.ConsistencyProof.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.CheckRevocationResponse.$Properties;
        }

        interface IAuditKeyTransparencyRequest extends qpq.v1.AuditKeyTransparencyRequest.$Properties {
        }

        class AuditKeyTransparencyRequest {
            constructor(p?: qpq.v1.AuditKeyTransparencyRequest.$Properties);
            $unknowns?: Uint8Array[];
            start: number;
            end: number;
            auth?: (qpq.v1.Auth.$Properties|null);
            identity_key: Uint8Array;
            known_tree_size: number;
            static create(properties: qpq.v1.AuditKeyTransparencyRequest.$Shape): qpq.v1.AuditKeyTransparencyRequest & qpq.v1.AuditKeyTransparencyRequest.$Shape;
            static create(properties?: qpq.v1.AuditKeyTransparencyRequest.$Properties): qpq.v1.AuditKeyTransparencyRequest;
            static encode(m: qpq.v1.AuditKeyTransparencyRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.AuditKeyTransparencyRequest & qpq.v1.AuditKeyTransparencyRequest.$Shape;
        }

        namespace AuditKeyTransparencyRequest {
            interface $Properties {
                start?: (number|null);
                end?: (number|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                identity_key?: (Uint8Array|null);
                known_tree_size?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.AuditKeyTransparencyRequest.$Properties;
        }

        interface IAuditKeyTransparencyResponse extends qpq.v1.AuditKeyTransparencyResponse.$Properties {
        }

        class AuditKeyTransparencyResponse {
            constructor(p?: qpq.v1.AuditKeyTransparencyResponse.$Properties);
            $unknowns?: Uint8Array[];
            entries: qpq.v1.LogEntry.$Properties[];
            tree_size: number;
            root: Uint8Array;
            tree_head?: (qpq.v1.SignedTreeHead.$Properties|null);
            leaf: Uint8Array;
            inclusion_proof?: (qpq.v1.InclusionProof.$Properties|null);
            consistency_proof?: (qpq.v1.ConsistencyProof.$Properties|null);
            static create(properties: qpq.v1.AuditKeyTransparencyResponse.$Shape): qpq.v1.AuditKeyTransparencyResponse & qpq.v1.AuditKeyTransparencyResponse.$Shape;
            static create(properties?: qpq.v1.AuditKeyTransparencyResponse.$Properties): qpq.v1.AuditKeyTransparencyResponse;
            static encode(m: qpq.v1.AuditKeyTransparencyResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.AuditKeyTransparencyResponse & qpq.v1.AuditKeyTransparencyResponse.$Shape;
        }

        namespace AuditKeyTransparencyResponse {
            interface $Properties {
                entries?: (qpq.v1.LogEntry.$Properties[]|null);
                tree_size?: (number|null);
                root?: (Uint8Array|null);
                tree_head?: (qpq.v1.SignedTreeHead.$Properties|null);
                leaf?: (Uint8Array|null);
                inclusion_proof?: (qpq.v1.InclusionProof.$Properties|null);
                consistency_proof?: (qpq.v1.ConsistencyProof.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.AuditKeyTransparencyResponse.$Properties;
        }

        interface ILogEntry extends qpq.v1.LogEntry.$Properties {
        }

        class LogEntry {
            constructor(p?: qpq.v1.LogEntry.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            leaf_hash: Uint8Array;
            leaf: Uint8Array;
            static create(properties: qpq.v1.LogEntry.$Shape): qpq.v1.LogEntry & qpq.v1.LogEntry.$Shape;
            static create(properties?: qpq.v1.LogEntry.$Properties): qpq.v1.LogEntry;
            static encode(m: qpq.v1.LogEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.LogEntry & qpq.v1.LogEntry.$Shape;
        }

        namespace LogEntry {
            interface $Properties {
                index?: (number|null);
                leaf_hash?: (Uint8Array|null);
                leaf?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.LogEntry.$Properties;
        }

        interface IKtLeaf extends qpq.v1.KtLeaf.$Properties {
        }

        class KtLeaf {
            constructor(p?: qpq.v1.KtLeaf.$Properties);
            $unknowns?: Uint8Array[];
            kind: string;
            username: string;
            identity_key: Uint8Array;
            reason: string;
            timestamp_ms: number;
            static create(properties: qpq.v1.KtLeaf.$Shape): qpq.v1.KtLeaf & qpq.v1.KtLeaf.$Shape;
            static create(properties?: qpq.v1.KtLeaf.$Properties): qpq.v1.KtLeaf;
            static encode(m: qpq.v1.KtLeaf.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.KtLeaf & qpq.v1.KtLeaf.$Shape;
        }

        namespace KtLeaf {
            interface $Properties {
                kind?: (string|null);
                username?: (string|null);
                identity_key?: (Uint8Array|null);
                reason?: (string|null);
                timestamp_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.KtLeaf.$Properties;
        }

        interface ISignedTreeHead extends qpq.v1.SignedTreeHead.$Properties {
        }

        class SignedTreeHead {
            constructor(p?: qpq.v1.SignedTreeHead.$Properties);
            $unknowns?: Uint8Array[];
            tree_size: number;
            root_hash: Uint8Array;
            timestamp_ms: number;
            signature: Uint8Array;
            signer_key: Uint8Array;
            static create(properties: qpq.v1.SignedTreeHead.$Shape): qpq.v1.SignedTreeHead & qpq.v1.SignedTreeHead.$Shape;
            static create(properties?: qpq.v1.SignedTreeHead.$Properties): qpq.v1.SignedTreeHead;
            static encode(m: qpq.v1.SignedTreeHead.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.SignedTreeHead & qpq.v1.SignedTreeHead.$Shape;
        }

        namespace SignedTreeHead {
            interface $Properties {
                tree_size?: (number|null);
                root_hash?: (Uint8Array|null);
                timestamp_ms?: (number|null);
                signature?: (Uint8Array|null);
                signer_key?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.SignedTreeHead.$Properties;
        }

        interface IInclusionProof extends qpq.v1.InclusionProof.$Properties {
        }

        class InclusionProof {
            constructor(p?: qpq.v1.InclusionProof.$Properties);
            $unknowns?: Uint8Array[];
            leaf_index: number;
            tree_size: number;
            audit_path: Uint8Array[];
            static create(properties: qpq.v1.InclusionProof.$Shape): qpq.v1.InclusionProof & qpq.v1.InclusionProof.$Shape;
            static create(properties?: qpq.v1.InclusionProof.$Properties): qpq.v1.InclusionProof;
            static encode(m: qpq.v1.InclusionProof.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.InclusionProof & qpq.v1.InclusionProof.$Shape;
        }

        namespace InclusionProof {
            interface $Properties {
                leaf_index?: (number|null);
                tree_size?: (number|null);
                audit_path?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.InclusionProof.$Properties;
        }

        interface IConsistencyProof extends qpq.v1.ConsistencyProof.$Properties {
        }

        class ConsistencyProof {
            constructor(p?: qpq.v1.ConsistencyProof.$Properties);
            $unknowns?: Uint8Array[];
            first_tree_size: number;
            second_tree_size: number;
            path: Uint8Array[];
            static create(properties: qpq.v1.ConsistencyProof.$Shape): qpq.v1.ConsistencyProof & qpq.v1.ConsistencyProof.$Shape;
            static create(properties?: qpq.v1.ConsistencyProof.$Properties): qpq.v1.ConsistencyProof;
            static encode(m: qpq.v1.ConsistencyProof.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ConsistencyProof & qpq.v1.ConsistencyProof.$Shape;
        }

        namespace ConsistencyProof {
            interface $Properties {
                first_tree_size?: (number|null);
                second_tree_size?: (number|null);
                path?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ConsistencyProof.$Properties;
        }

        interface IKtPeerAlert extends qpq.v1.KtPeerAlert.$Properties {
        }

        class KtPeerAlert {
            constructor(p?: qpq.v1.KtPeerAlert.$Properties);
            $unknowns?: Uint8Array[];
            domain: string;
            kind: string;
            detail: string;
            raised_at_ms: number;
            earlier?: (qpq.v1.SignedTreeHead.$Properties|null);
            later?: (qpq.v1.SignedTreeHead.$Properties|null);
            static create(properties: qpq.v1.KtPeerAlert.$Shape): qpq.v1.KtPeerAlert & qpq.v1.KtPeerAlert.$Shape;
            static create(properties?: qpq.v1.KtPeerAlert.$Properties): qpq.v1.KtPeerAlert;
            static encode(m: qpq.v1.KtPeerAlert.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.KtPeerAlert & qpq.v1.KtPeerAlert.$Shape;
        }

        namespace KtPeerAlert {
            interface $Properties {
                domain?: (string|null);
                kind?: (string|null);
                detail?: (string|null);
                raised_at_ms?: (number|null);
                earlier?: (qpq.v1.SignedTreeHead.$Properties|null);
                later?: (qpq.v1.SignedTreeHead.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.KtPeerAlert.$Properties;
        }

        interface IFetchPeerTreeHeadsRequest extends qpq.v1.FetchPeerTreeHeadsRequest.$Properties {
        }

        class FetchPeerTreeHeadsRequest {
            constructor(p?: qpq.v1.FetchPeerTreeHeadsRequest.$Properties);
            $unknowns?: Uint8Array[];
            domain: string;
            limit: number;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.FetchPeerTreeHeadsRequest.$Shape): qpq.v1.FetchPeerTreeHeadsRequest & qpq.v1.FetchPeerTreeHeadsRequest.$Shape;
            static create(properties?: qpq.v1.FetchPeerTreeHeadsRequest.$Properties): qpq.v1.FetchPeerTreeHeadsRequest;
            static encode(m: qpq.v1.FetchPeerTreeHeadsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchPeerTreeHeadsRequest & qpq.v1.FetchPeerTreeHeadsRequest.$Shape;
        }

        namespace FetchPeerTreeHeadsRequest {
            interface $Properties {
                domain?: (string|null);
                limit?: (number|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchPeerTreeHeadsRequest.$Properties;
        }

        interface IFetchPeerTreeHeadsResponse extends qpq.v1.FetchPeerTreeHeadsResponse.$Properties {
        }

        class FetchPeerTreeHeadsResponse {
            constructor(p?: qpq.v1.FetchPeerTreeHeadsResponse.$Properties);
            $unknowns?: Uint8Array[];
            heads: qpq.v1.SignedTreeHead.$Properties[];
            alerts: qpq.v1.KtPeerAlert.$Properties[];
            last_checked_ms: number;
            signer_key: Uint8Array;
            static create(properties: qpq.v1.FetchPeerTreeHeadsResponse.$Shape): qpq.v1.FetchPeerTreeHeadsResponse & qpq.v1.FetchPeerTreeHeadsResponse.$Shape;
            static create(properties?: qpq.v1.FetchPeerTreeHeadsResponse.$Properties): qpq.v1.FetchPeerTreeHeadsResponse;
            static encode(m: qpq.v1.FetchPeerTreeHeadsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchPeerTreeHeadsResponse & qpq.v1.FetchPeerTreeHeadsResponse.$Shape;
        }

        namespace FetchPeerTreeHeadsResponse {
            interface $Properties {
                heads?: (qpq.v1.SignedTreeHead.$Properties[]|null);
                alerts?: (qpq.v1.KtPeerAlert.$Properties[]|null);
                last_checked_ms?: (number|null);
                signer_key?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchPeerTreeHeadsResponse.$Properties;
        }

        interface IResolveUserRequest extends qpq.v1.ResolveUserRequest.$Properties {
        }

        class ResolveUserRequest {
            constructor(p?: qpq.v1.ResolveUserRequest.$Properties);
            $unknowns?: Uint8Array[];
            username: string;
            known_tree_size: number;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.ResolveUserRequest.$Shape): qpq.v1.ResolveUserRequest & qpq.v1.ResolveUserRequest.$Shape;
            static create(properties?: qpq.v1.ResolveUserRequest.$Properties): qpq.v1.ResolveUserRequest;
            static encode(m: qpq.v1.ResolveUserRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ResolveUserRequest & qpq.v1.ResolveUserRequest.$Shape;
        }

        namespace ResolveUserRequest {
            interface $Properties {
                username?: (string|null);
                known_tree_size?: (number|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ResolveUserRequest.$Properties;
        }

        interface IResolveUserResponse extends qpq.v1.ResolveUserResponse.$Properties {
        }

        class ResolveUserResponse {
            constructor(p?: qpq.v1.ResolveUserResponse.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            leaf: Uint8Array;
            inclusion_proof?: (qpq.v1.InclusionProof.$Properties|null);
            tree_head?: (qpq.v1.SignedTreeHead.$Properties|null);
            consistency_proof?: (qpq.v1.ConsistencyProof.$Properties|null);
            peer_alerts: qpq.v1.KtPeerAlert.$Properties[];
            static create(properties: qpq.v1.ResolveUserResponse.$Shape): qpq.v1.ResolveUserResponse & qpq.v1.ResolveUserResponse.$Shape;
            static create(properties?: qpq.v1.ResolveUserResponse.$Properties): qpq.v1.ResolveUserResponse;
            static encode(m: qpq.v1.ResolveUserResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ResolveUserResponse & qpq.v1.ResolveUserResponse.$Shape;
        }

        namespace ResolveUserResponse {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                leaf?: (Uint8Array|null);
                inclusion_proof?: (qpq.v1.InclusionProof.$Properties|null);
                tree_head?: (qpq.v1.SignedTreeHead.$Properties|null);
                consistency_proof?: (qpq.v1.ConsistencyProof.$Properties|null);
                peer_alerts?: (qpq.v1.KtPeerAlert.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ResolveUserResponse.$Properties;
        }

        interface IResolveIdentityRequest extends qpq.v1.ResolveIdentityRequest.$Properties {
        }

        class ResolveIdentityRequest {
            constructor(p?: qpq.v1.ResolveIdentityRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            known_tree_size: number;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.ResolveIdentityRequest.$Shape): qpq.v1.ResolveIdentityRequest & qpq.v1.ResolveIdentityRequest.$Shape;
            static create(properties?: qpq.v1.ResolveIdentityRequest.$Properties): qpq.v1.ResolveIdentityRequest;
            static encode(m: qpq.v1.ResolveIdentityRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ResolveIdentityRequest & qpq.v1.ResolveIdentityRequest.$Shape;
        }

        namespace ResolveIdentityRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                known_tree_size?: (number|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ResolveIdentityRequest.$Properties;
        }

        interface IResolveIdentityResponse extends qpq.v1.ResolveIdentityResponse.$Properties {
        }

        class ResolveIdentityResponse {
            constructor(p?: qpq.v1.ResolveIdentityResponse.$Properties);
            $unknowns?: Uint8Array[];
            username: string;
            registered_at_ms: number;
            revoked: boolean;
            leaf: Uint8Array;
            inclusion_proof?: (qpq.v1.InclusionProof.$Properties|null);
            tree_head?: (qpq.v1.SignedTreeHead.$Properties|null);
            consistency_proof?: (qpq.v1.ConsistencyProof.$Properties|null);
            static create(properties: qpq.v1.ResolveIdentityResponse.$Shape): qpq.v1.ResolveIdentityResponse & qpq.v1.ResolveIdentityResponse.$Shape;
            static create(properties?: qpq.v1.ResolveIdentityResponse.$Properties): qpq.v1.ResolveIdentityResponse;
            static encode(m: qpq.v1.ResolveIdentityResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ResolveIdentityResponse & qpq.v1.ResolveIdentityResponse.$Shape;
        }

        namespace ResolveIdentityResponse {
            interface $Properties {
                username?: (string|null);
                registered_at_ms?: (number|null);
                revoked?: (boolean|null);
                leaf?: (Uint8Array|null);
                inclusion_proof?: (qpq.v1.InclusionProof.$Properties|null);
                tree_head?: (qpq.v1.SignedTreeHead.$Properties|null);
                consistency_proof?: (qpq.v1.ConsistencyProof.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ResolveIdentityResponse.$Properties;
        }

        interface IPublishEndpointRequest extends qpq.v1.PublishEndpointRequest.$Properties {
        }

        class PublishEndpointRequest {
            constructor(p?: qpq.v1.PublishEndpointRequest.$Properties);
            $unknowns?: Uint8Array[];
            node_id: Uint8Array;
            relay_url: string;
            direct_addresses: string[];
            ttl_secs: number;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.PublishEndpointRequest.$Shape): qpq.v1.PublishEndpointRequest & qpq.v1.PublishEndpointRequest.$Shape;
            static create(properties?: qpq.v1.PublishEndpointRequest.$Properties): qpq.v1.PublishEndpointRequest;
            static encode(m: qpq.v1.PublishEndpointRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.PublishEndpointRequest & qpq.v1.PublishEndpointRequest.$Shape;
        }

        namespace PublishEndpointRequest {
            interface $Properties {
                node_id?: (Uint8Array|null);
                relay_url?: (string|null);
                direct_addresses?: (string[]|null);
                ttl_secs?: (number|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.PublishEndpointRequest.$Properties;
        }

        interface IPublishEndpointResponse extends qpq.v1.PublishEndpointResponse.$Properties {
        }

        class PublishEndpointResponse {
            constructor(p?: qpq.v1.PublishEndpointResponse.$Properties);
            $unknowns?: Uint8Array[];
            expires_at_ms: number;
            static create(properties: qpq.v1.PublishEndpointResponse.$Shape): qpq.v1.PublishEndpointResponse & qpq.v1.PublishEndpointResponse.$Shape;
            static create(properties?: qpq.v1.PublishEndpointResponse.$Properties): qpq.v1.PublishEndpointResponse;
            static encode(m: qpq.v1.PublishEndpointResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.PublishEndpointResponse & qpq.v1.PublishEndpointResponse.$Shape;
        }

        namespace PublishEndpointResponse {
            interface $Properties {
                expires_at_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.PublishEndpointResponse.$Properties;
        }

        interface IResolveEndpointRequest extends qpq.v1.ResolveEndpointRequest.$Properties {
        }

        class ResolveEndpointRequest {
            constructor(p?: qpq.v1.ResolveEndpointRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.ResolveEndpointRequest.$Shape): qpq.v1.ResolveEndpointRequest & qpq.v1.ResolveEndpointRequest.$Shape;
            static create(properties?: qpq.v1.ResolveEndpointRequest.$Properties): qpq.v1.ResolveEndpointRequest;
            static encode(m: qpq.v1.ResolveEndpointRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ResolveEndpointRequest & qpq.v1.ResolveEndpointRequest.$Shape;
        }

        namespace ResolveEndpointRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ResolveEndpointRequest.$Properties;
        }

        interface IResolveEndpointResponse extends qpq.v1.ResolveEndpointResponse.$Properties {
        }

        class ResolveEndpointResponse {
            constructor(p?: qpq.v1.ResolveEndpointResponse.$Properties);
            $unknowns?: Uint8Array[];
            node_id: Uint8Array;
            relay_url: string;
            direct_addresses: string[];
            published_at_ms: number;
            expires_at_ms: number;
            static create(properties: qpq.v1.ResolveEndpointResponse.$Shape): qpq.v1.ResolveEndpointResponse & qpq.v1.ResolveEndpointResponse.$Shape;
            static create(properties?: qpq.v1.ResolveEndpointResponse.$Properties): qpq.v1.ResolveEndpointResponse;
            static encode(m: qpq.v1.ResolveEndpointResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ResolveEndpointResponse & qpq.v1.ResolveEndpointResponse.$Shape;
        }

        namespace ResolveEndpointResponse {
            interface $Properties {
                node_id?: (Uint8Array|null);
                relay_url?: (string|null);
                direct_addresses?: (string[]|null);
                published_at_ms?: (number|null);
                expires_at_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ResolveEndpointResponse.$Properties;
        }

        interface IHealthRequest extends qpq.v1.HealthRequest.$Properties {
        }

        class HealthRequest {
            constructor(p?: qpq.v1.HealthRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: qpq.v1.HealthRequest.$Shape): qpq.v1.HealthRequest & qpq.v1.HealthRequest.$Shape;
            static create(properties?: qpq.v1.HealthRequest.$Properties): qpq.v1.HealthRequest;
            static encode(m: qpq.v1.HealthRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.HealthRequest & qpq.v1.HealthRequest.$Shape;
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
            delivery_proof_key: Uint8Array;
            federation_domain: string;
            static create(properties: qpq.v1.HealthResponse.$Shape): qpq.v1.HealthResponse & qpq.v1.HealthResponse.$Shape;
            static create(properties?: qpq.v1.HealthResponse.$Properties): qpq.v1.HealthResponse;
            static encode(m: qpq.v1.HealthResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.HealthResponse & qpq.v1.HealthResponse.$Shape;
        }

        namespace HealthResponse {
            interface $Properties {
                status?: (string|null);
                uptime_secs?: (number|null);
                server_version?: (string|null);
                delivery_proof_key?: (Uint8Array|null);
                federation_domain?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.HealthResponse.$Properties;
        }

        interface IGroupMetadata extends qpq.v1.GroupMetadata.$Properties {
        }

        class GroupMetadata {
            constructor(p?: qpq.v1.GroupMetadata.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            description: string;
            avatar_blob_id: Uint8Array;
            settings: Uint8Array;
            static create(properties: qpq.v1.GroupMetadata.$Shape): qpq.v1.GroupMetadata & qpq.v1.GroupMetadata.$Shape;
            static create(properties?: qpq.v1.GroupMetadata.$Properties): qpq.v1.GroupMetadata;
            static encode(m: qpq.v1.GroupMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.GroupMetadata & qpq.v1.GroupMetadata.$Shape;
        }

        namespace GroupMetadata {
            interface $Properties {
                name?: (string|null);
                description?: (string|null);
                avatar_blob_id?: (Uint8Array|null);
                settings?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.GroupMetadata.$Properties;
        }

        interface IGroupMember extends qpq.v1.GroupMember.$Properties {
        }

        class GroupMember {
            constructor(p?: qpq.v1.GroupMember.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            username: string;
            admin: boolean;
            joined_at_ms: number;
            static create(properties: qpq.v1.GroupMember.$Shape): qpq.v1.GroupMember & qpq.v1.GroupMember.$Shape;
            static create(properties?: qpq.v1.GroupMember.$Properties): qpq.v1.GroupMember;
            static encode(m: qpq.v1.GroupMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.GroupMember & qpq.v1.GroupMember.$Shape;
        }

        namespace GroupMember {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                username?: (string|null);
                admin?: (boolean|null);
                joined_at_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.GroupMember.$Properties;
        }

        interface IRemoveMemberRequest extends qpq.v1.RemoveMemberRequest.$Properties {
        }

        class RemoveMemberRequest {
            constructor(p?: qpq.v1.RemoveMemberRequest.$Properties);
            $unknowns?: Uint8Array[];
            group_id: Uint8Array;
            member_key: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.RemoveMemberRequest.$Shape): qpq.v1.RemoveMemberRequest & qpq.v1.RemoveMemberRequest.$Shape;
            static create(properties?: qpq.v1.RemoveMemberRequest.$Properties): qpq.v1.RemoveMemberRequest;
            static encode(m: qpq.v1.RemoveMemberRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RemoveMemberRequest & qpq.v1.RemoveMemberRequest.$Shape;
        }

        namespace RemoveMemberRequest {
            interface $Properties {
                group_id?: (Uint8Array|null);
                member_key?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RemoveMemberRequest.$Properties;
        }

        interface IRemoveMemberResponse extends qpq.v1.RemoveMemberResponse.$Properties {
        }

        class RemoveMemberResponse {
            constructor(p?: qpq.v1.RemoveMemberResponse.$Properties);
            $unknowns?: Uint8Array[];
            removed: boolean;
            static create(properties: qpq.v1.RemoveMemberResponse.$Shape): qpq.v1.RemoveMemberResponse & qpq.v1.RemoveMemberResponse.$Shape;
            static create(properties?: qpq.v1.RemoveMemberResponse.$Properties): qpq.v1.RemoveMemberResponse;
            static encode(m: qpq.v1.RemoveMemberResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RemoveMemberResponse & qpq.v1.RemoveMemberResponse.$Shape;
        }

        namespace RemoveMemberResponse {
            interface $Properties {
                removed?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RemoveMemberResponse.$Properties;
        }

        interface IUpdateGroupMetadataRequest extends qpq.v1.UpdateGroupMetadataRequest.$Properties {
        }

        class UpdateGroupMetadataRequest {
            constructor(p?: qpq.v1.UpdateGroupMetadataRequest.$Properties);
            $unknowns?: Uint8Array[];
            group_id: Uint8Array;
            metadata?: (qpq.v1.GroupMetadata.$Properties|null);
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.UpdateGroupMetadataRequest.$Shape): qpq.v1.UpdateGroupMetadataRequest & qpq.v1.UpdateGroupMetadataRequest.$Shape;
            static create(properties?: qpq.v1.UpdateGroupMetadataRequest.$Properties): qpq.v1.UpdateGroupMetadataRequest;
            static encode(m: qpq.v1.UpdateGroupMetadataRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.UpdateGroupMetadataRequest & qpq.v1.UpdateGroupMetadataRequest.$Shape;
        }

        namespace UpdateGroupMetadataRequest {
            interface $Properties {
                group_id?: (Uint8Array|null);
                metadata?: (qpq.v1.GroupMetadata.$Properties|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.UpdateGroupMetadataRequest.$Properties;
        }

        interface IUpdateGroupMetadataResponse extends qpq.v1.UpdateGroupMetadataResponse.$Properties {
        }

        class UpdateGroupMetadataResponse {
            constructor(p?: qpq.v1.UpdateGroupMetadataResponse.$Properties);
            $unknowns?: Uint8Array[];
            updated_at_ms: number;
            static create(properties: qpq.v1.UpdateGroupMetadataResponse.$Shape): qpq.v1.UpdateGroupMetadataResponse & qpq.v1.UpdateGroupMetadataResponse.$Shape;
            static create(properties?: qpq.v1.UpdateGroupMetadataResponse.$Properties): qpq.v1.UpdateGroupMetadataResponse;
            static encode(m: qpq.v1.UpdateGroupMetadataResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.UpdateGroupMetadataResponse & qpq.v1.UpdateGroupMetadataResponse.$Shape;
        }

        namespace UpdateGroupMetadataResponse {
            interface $Properties {
                updated_at_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.UpdateGroupMetadataResponse.$Properties;
        }

        interface IListGroupMembersRequest extends qpq.v1.ListGroupMembersRequest.$Properties {
        }

        class ListGroupMembersRequest {
            constructor(p?: qpq.v1.ListGroupMembersRequest.$Properties);
            $unknowns?: Uint8Array[];
            group_id: Uint8Array;
            limit: number;
            cursor: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.ListGroupMembersRequest.$Shape): qpq.v1.ListGroupMembersRequest & qpq.v1.ListGroupMembersRequest.$Shape;
            static create(properties?: qpq.v1.ListGroupMembersRequest.$Properties): qpq.v1.ListGroupMembersRequest;
            static encode(m: qpq.v1.ListGroupMembersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ListGroupMembersRequest & qpq.v1.ListGroupMembersRequest.$Shape;
        }

        namespace ListGroupMembersRequest {
            interface $Properties {
                group_id?: (Uint8Array|null);
                limit?: (number|null);
                cursor?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ListGroupMembersRequest.$Properties;
        }

        interface IListGroupMembersResponse extends qpq.v1.ListGroupMembersResponse.$Properties {
        }

        class ListGroupMembersResponse {
            constructor(p?: qpq.v1.ListGroupMembersResponse.$Properties);
            $unknowns?: Uint8Array[];
            members: qpq.v1.GroupMember.$Properties[];
            next_cursor: Uint8Array;
            metadata?: (qpq.v1.GroupMetadata.$Properties|null);
            metadata_updated_at_ms: number;
            epoch: number;
            static create(properties: qpq.v1.ListGroupMembersResponse.$Shape): qpq.v1.ListGroupMembersResponse & qpq.v1.ListGroupMembersResponse.$Shape;
            static create(properties?: qpq.v1.ListGroupMembersResponse.$Properties): qpq.v1.ListGroupMembersResponse;
            static encode(m: qpq.v1.ListGroupMembersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ListGroupMembersResponse & qpq.v1.ListGroupMembersResponse.$Shape;
        }

        namespace ListGroupMembersResponse {
            interface $Properties {
                members?: (qpq.v1.GroupMember.$Properties[]|null);
                next_cursor?: (Uint8Array|null);
                metadata?: (qpq.v1.GroupMetadata.$Properties|null);
                metadata_updated_at_ms?: (number|null);
                epoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ListGroupMembersResponse.$Properties;
        }

        interface IRotateKeysRequest extends qpq.v1.RotateKeysRequest.$Properties {
        }

        class RotateKeysRequest {
            constructor(p?: qpq.v1.RotateKeysRequest.$Properties);
            $unknowns?: Uint8Array[];
            group_id: Uint8Array;
            commit: Uint8Array;
            epoch: number;
            message_id: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.RotateKeysRequest.$Shape): qpq.v1.RotateKeysRequest & qpq.v1.RotateKeysRequest.$Shape;
            static create(properties?: qpq.v1.RotateKeysRequest.$Properties): qpq.v1.RotateKeysRequest;
            static encode(m: qpq.v1.RotateKeysRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RotateKeysRequest & qpq.v1.RotateKeysRequest.$Shape;
        }

        namespace RotateKeysRequest {
            interface $Properties {
                group_id?: (Uint8Array|null);
                commit?: (Uint8Array|null);
                epoch?: (number|null);
                message_id?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RotateKeysRequest.$Properties;
        }

        interface IRotateKeysResponse extends qpq.v1.RotateKeysResponse.$Properties {
        }

        class RotateKeysResponse {
            constructor(p?: qpq.v1.RotateKeysResponse.$Properties);
            $unknowns?: Uint8Array[];
            accepted: boolean;
            epoch: number;
            recipient_count: number;
            static create(properties: qpq.v1.RotateKeysResponse.$Shape): qpq.v1.RotateKeysResponse & qpq.v1.RotateKeysResponse.$Shape;
            static create(properties?: qpq.v1.RotateKeysResponse.$Properties): qpq.v1.RotateKeysResponse;
            static encode(m: qpq.v1.RotateKeysResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.RotateKeysResponse & qpq.v1.RotateKeysResponse.$Shape;
        }

        namespace RotateKeysResponse {
            interface $Properties {
                accepted?: (boolean|null);
                epoch?: (number|null);
                recipient_count?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.RotateKeysResponse.$Properties;
        }

        interface IMeshEnvelope extends qpq.v1.MeshEnvelope.$Properties {
        }

        class MeshEnvelope {
            constructor(p?: qpq.v1.MeshEnvelope.$Properties);
            $unknowns?: Uint8Array[];
            id: Uint8Array;
            origin_key: Uint8Array;
            recipient_key: Uint8Array;
            topic: Uint8Array;
            channel_id: Uint8Array;
            created_at_ms: number;
            ttl_secs: number;
            hop_count: number;
            max_hops: number;
            payload: Uint8Array;
            signature: Uint8Array;
            static create(properties: qpq.v1.MeshEnvelope.$Shape): qpq.v1.MeshEnvelope & qpq.v1.MeshEnvelope.$Shape;
            static create(properties?: qpq.v1.MeshEnvelope.$Properties): qpq.v1.MeshEnvelope;
            static encode(m: qpq.v1.MeshEnvelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshEnvelope & qpq.v1.MeshEnvelope.$Shape;
        }

        namespace MeshEnvelope {
            interface $Properties {
                id?: (Uint8Array|null);
                origin_key?: (Uint8Array|null);
                recipient_key?: (Uint8Array|null);
                topic?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                created_at_ms?: (number|null);
                ttl_secs?: (number|null);
                hop_count?: (number|null);
                max_hops?: (number|null);
                payload?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshEnvelope.$Properties;
        }

        interface IMeshAnnounce extends qpq.v1.MeshAnnounce.$Properties {
        }

        class MeshAnnounce {
            constructor(p?: qpq.v1.MeshAnnounce.$Properties);
            $unknowns?: Uint8Array[];
            node_key: Uint8Array;
            seq: number;
            ttl_secs: number;
            destinations: Uint8Array[];
            hop_count: number;
            signature: Uint8Array;
            static create(properties: qpq.v1.MeshAnnounce.$Shape): qpq.v1.MeshAnnounce & qpq.v1.MeshAnnounce.$Shape;
            static create(properties?: qpq.v1.MeshAnnounce.$Properties): qpq.v1.MeshAnnounce;
            static encode(m: qpq.v1.MeshAnnounce.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshAnnounce & qpq.v1.MeshAnnounce.$Shape;
        }

        namespace MeshAnnounce {
            interface $Properties {
                node_key?: (Uint8Array|null);
                seq?: (number|null);
                ttl_secs?: (number|null);
                destinations?: (Uint8Array[]|null);
                hop_count?: (number|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshAnnounce.$Properties;
        }

        interface IMeshEnvelopes extends qpq.v1.MeshEnvelopes.$Properties {
        }

        class MeshEnvelopes {
            constructor(p?: qpq.v1.MeshEnvelopes.$Properties);
            $unknowns?: Uint8Array[];
            envelopes: qpq.v1.MeshEnvelope.$Properties[];
            static create(properties: qpq.v1.MeshEnvelopes.$Shape): qpq.v1.MeshEnvelopes & qpq.v1.MeshEnvelopes.$Shape;
            static create(properties?: qpq.v1.MeshEnvelopes.$Properties): qpq.v1.MeshEnvelopes;
            static encode(m: qpq.v1.MeshEnvelopes.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshEnvelopes & qpq.v1.MeshEnvelopes.$Shape;
        }

        namespace MeshEnvelopes {
            interface $Properties {
                envelopes?: (qpq.v1.MeshEnvelope.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshEnvelopes.$Properties;
        }

        interface IMeshSummary extends qpq.v1.MeshSummary.$Properties {
        }

        class MeshSummary {
            constructor(p?: qpq.v1.MeshSummary.$Properties);
            $unknowns?: Uint8Array[];
            refs: Uint8Array[];
            static create(properties: qpq.v1.MeshSummary.$Shape): qpq.v1.MeshSummary & qpq.v1.MeshSummary.$Shape;
            static create(properties?: qpq.v1.MeshSummary.$Properties): qpq.v1.MeshSummary;
            static encode(m: qpq.v1.MeshSummary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshSummary & qpq.v1.MeshSummary.$Shape;
        }

        namespace MeshSummary {
            interface $Properties {
                refs?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshSummary.$Properties;
        }

        interface IMeshWant extends qpq.v1.MeshWant.$Properties {
        }

        class MeshWant {
            constructor(p?: qpq.v1.MeshWant.$Properties);
            $unknowns?: Uint8Array[];
            refs: Uint8Array[];
            static create(properties: qpq.v1.MeshWant.$Shape): qpq.v1.MeshWant & qpq.v1.MeshWant.$Shape;
            static create(properties?: qpq.v1.MeshWant.$Properties): qpq.v1.MeshWant;
            static encode(m: qpq.v1.MeshWant.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshWant & qpq.v1.MeshWant.$Shape;
        }

        namespace MeshWant {
            interface $Properties {
                refs?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshWant.$Properties;
        }

        interface IMeshDelivered extends qpq.v1.MeshDelivered.$Properties {
        }

        class MeshDelivered {
            constructor(p?: qpq.v1.MeshDelivered.$Properties);
            $unknowns?: Uint8Array[];
            refs: Uint8Array[];
            static create(properties: qpq.v1.MeshDelivered.$Shape): qpq.v1.MeshDelivered & qpq.v1.MeshDelivered.$Shape;
            static create(properties?: qpq.v1.MeshDelivered.$Properties): qpq.v1.MeshDelivered;
            static encode(m: qpq.v1.MeshDelivered.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshDelivered & qpq.v1.MeshDelivered.$Shape;
        }

        namespace MeshDelivered {
            interface $Properties {
                refs?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshDelivered.$Properties;
        }

        interface IMeshPing extends qpq.v1.MeshPing.$Properties {
        }

        class MeshPing {
            constructor(p?: qpq.v1.MeshPing.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: qpq.v1.MeshPing.$Shape): qpq.v1.MeshPing & qpq.v1.MeshPing.$Shape;
            static create(properties?: qpq.v1.MeshPing.$Properties): qpq.v1.MeshPing;
            static encode(m: qpq.v1.MeshPing.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshPing & qpq.v1.MeshPing.$Shape;
        }

        namespace MeshPing {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshPing.$Properties;
        }

        interface IMeshFrame extends qpq.v1.MeshFrame.$Properties {
        }

        class MeshFrame {
            constructor(p?: qpq.v1.MeshFrame.$Properties);
            $unknowns?: Uint8Array[];
            envelopes?: (qpq.v1.MeshEnvelopes.$Properties|null);
            summary?: (qpq.v1.MeshSummary.$Properties|null);
            want?: (qpq.v1.MeshWant.$Properties|null);
            announce?: (qpq.v1.MeshAnnounce.$Properties|null);
            delivered?: (qpq.v1.MeshDelivered.$Properties|null);
            ping?: (qpq.v1.MeshPing.$Properties|null);
            body?: ("envelopes"|"summary"|"want"|"announce"|"delivered"|"ping");
            static create(properties: qpq.v1.MeshFrame.$Shape): qpq.v1.MeshFrame & qpq.v1.MeshFrame.$Shape;
            static create(properties?: qpq.v1.MeshFrame.$Properties): qpq.v1.MeshFrame;
            static encode(m: qpq.v1.MeshFrame.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshFrame & qpq.v1.MeshFrame.$Shape;
        }

        namespace MeshFrame {
            interface $Properties {
                envelopes?: (qpq.v1.MeshEnvelopes.$Properties|null);
                summary?: (qpq.v1.MeshSummary.$Properties|null);
                want?: (qpq.v1.MeshWant.$Properties|null);
                announce?: (qpq.v1.MeshAnnounce.$Properties|null);
                delivered?: (qpq.v1.MeshDelivered.$Properties|null);
                ping?: (qpq.v1.MeshPing.$Properties|null);
                body?: ("envelopes"|"summary"|"want"|"announce"|"delivered"|"ping");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              envelopes?: qpq.v1.MeshEnvelopes.$Shape|null;
              summary?: qpq.v1.MeshSummary.$Shape|null;
              want?: qpq.v1.MeshWant.$Shape|null;
              announce?: qpq.v1.MeshAnnounce.$Shape|null;
              delivered?: qpq.v1.MeshDelivered.$Shape|null;
              ping?: qpq.v1.MeshPing.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; envelopes?: null; summary?: null; want?: null; announce?: null; delivered?: null; ping?: null }|{ body?: "envelopes"; envelopes: qpq.v1.MeshEnvelopes.$Shape; summary?: null; want?: null; announce?: null; delivered?: null; ping?: null }|{ body?: "summary"; envelopes?: null; summary: qpq.v1.MeshSummary.$Shape; want?: null; announce?: null; delivered?: null; ping?: null }|{ body?: "want"; envelopes?: null; summary?: null; want: qpq.v1.MeshWant.$Shape; announce?: null; delivered?: null; ping?: null }|{ body?: "announce"; envelopes?: null; summary?: null; want?: null; announce: qpq.v1.MeshAnnounce.$Shape; delivered?: null; ping?: null }|{ body?: "delivered"; envelopes?: null; summary?: null; want?: null; announce?: null; delivered: qpq.v1.MeshDelivered.$Shape; ping?: null }|{ body?: "ping"; envelopes?: null; summary?: null; want?: null; announce?: null; delivered?: null; ping: qpq.v1.MeshPing.$Shape })
            );
        }

        interface IMeshSubscribeRequest extends qpq.v1.MeshSubscribeRequest.$Properties {
        }

        class MeshSubscribeRequest {
            constructor(p?: qpq.v1.MeshSubscribeRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.MeshSubscribeRequest.$Shape): qpq.v1.MeshSubscribeRequest & qpq.v1.MeshSubscribeRequest.$Shape;
            static create(properties?: qpq.v1.MeshSubscribeRequest.$Properties): qpq.v1.MeshSubscribeRequest;
            static encode(m: qpq.v1.MeshSubscribeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshSubscribeRequest & qpq.v1.MeshSubscribeRequest.$Shape;
        }

        namespace MeshSubscribeRequest {
            interface $Properties {
                topic?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshSubscribeRequest.$Properties;
        }

        interface IMeshSubscribeResponse extends qpq.v1.MeshSubscribeResponse.$Properties {
        }

        class MeshSubscribeResponse {
            constructor(p?: qpq.v1.MeshSubscribeResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: qpq.v1.MeshSubscribeResponse.$Shape): qpq.v1.MeshSubscribeResponse & qpq.v1.MeshSubscribeResponse.$Shape;
            static create(properties?: qpq.v1.MeshSubscribeResponse.$Properties): qpq.v1.MeshSubscribeResponse;
            static encode(m: qpq.v1.MeshSubscribeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshSubscribeResponse & qpq.v1.MeshSubscribeResponse.$Shape;
        }

        namespace MeshSubscribeResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshSubscribeResponse.$Properties;
        }

        interface IMeshUnsubscribeRequest extends qpq.v1.MeshUnsubscribeRequest.$Properties {
        }

        class MeshUnsubscribeRequest {
            constructor(p?: qpq.v1.MeshUnsubscribeRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.MeshUnsubscribeRequest.$Shape): qpq.v1.MeshUnsubscribeRequest & qpq.v1.MeshUnsubscribeRequest.$Shape;
            static create(properties?: qpq.v1.MeshUnsubscribeRequest.$Properties): qpq.v1.MeshUnsubscribeRequest;
            static encode(m: qpq.v1.MeshUnsubscribeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshUnsubscribeRequest & qpq.v1.MeshUnsubscribeRequest.$Shape;
        }

        namespace MeshUnsubscribeRequest {
            interface $Properties {
                topic?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshUnsubscribeRequest.$Properties;
        }

        interface IMeshUnsubscribeResponse extends qpq.v1.MeshUnsubscribeResponse.$Properties {
        }

        class MeshUnsubscribeResponse {
            constructor(p?: qpq.v1.MeshUnsubscribeResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: qpq.v1.MeshUnsubscribeResponse.$Shape): qpq.v1.MeshUnsubscribeResponse & qpq.v1.MeshUnsubscribeResponse.$Shape;
            static create(properties?: qpq.v1.MeshUnsubscribeResponse.$Properties): qpq.v1.MeshUnsubscribeResponse;
            static encode(m: qpq.v1.MeshUnsubscribeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshUnsubscribeResponse & qpq.v1.MeshUnsubscribeResponse.$Shape;
        }

        namespace MeshUnsubscribeResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshUnsubscribeResponse.$Properties;
        }

        interface IMeshBroadcastRequest extends qpq.v1.MeshBroadcastRequest.$Properties {
        }

        class MeshBroadcastRequest {
            constructor(p?: qpq.v1.MeshBroadcastRequest.$Properties);
            $unknowns?: Uint8Array[];
            topic: Uint8Array;
            payload: Uint8Array;
            ttl_secs: number;
            max_hops: number;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.MeshBroadcastRequest.$Shape): qpq.v1.MeshBroadcastRequest & qpq.v1.MeshBroadcastRequest.$Shape;
            static create(properties?: qpq.v1.MeshBroadcastRequest.$Properties): qpq.v1.MeshBroadcastRequest;
            static encode(m: qpq.v1.MeshBroadcastRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshBroadcastRequest & qpq.v1.MeshBroadcastRequest.$Shape;
        }

        namespace MeshBroadcastRequest {
            interface $Properties {
                topic?: (Uint8Array|null);
                payload?: (Uint8Array|null);
                ttl_secs?: (number|null);
                max_hops?: (number|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshBroadcastRequest.$Properties;
        }

        interface IMeshBroadcastResponse extends qpq.v1.MeshBroadcastResponse.$Properties {
        }

        class MeshBroadcastResponse {
            constructor(p?: qpq.v1.MeshBroadcastResponse.$Properties);
            $unknowns?: Uint8Array[];
            id: Uint8Array;
            static create(properties: qpq.v1.MeshBroadcastResponse.$Shape): qpq.v1.MeshBroadcastResponse & qpq.v1.MeshBroadcastResponse.$Shape;
            static create(properties?: qpq.v1.MeshBroadcastResponse.$Properties): qpq.v1.MeshBroadcastResponse;
            static encode(m: qpq.v1.MeshBroadcastResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshBroadcastResponse & qpq.v1.MeshBroadcastResponse.$Shape;
        }

        namespace MeshBroadcastResponse {
            interface $Properties {
                id?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshBroadcastResponse.$Properties;
        }

        interface IMeshPeer extends qpq.v1.MeshPeer.$Properties {
        }

        class MeshPeer {
            constructor(p?: qpq.v1.MeshPeer.$Properties);
            $unknowns?: Uint8Array[];
            node_key: Uint8Array;
            peer_id: string;
            addresses: string[];
            connected_at_ms: number;
            static create(properties: qpq.v1.MeshPeer.$Shape): qpq.v1.MeshPeer & qpq.v1.MeshPeer.$Shape;
            static create(properties?: qpq.v1.MeshPeer.$Properties): qpq.v1.MeshPeer;
            static encode(m: qpq.v1.MeshPeer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshPeer & qpq.v1.MeshPeer.$Shape;
        }

        namespace MeshPeer {
            interface $Properties {
                node_key?: (Uint8Array|null);
                peer_id?: (string|null);
                addresses?: (string[]|null);
                connected_at_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshPeer.$Properties;
        }

        interface IMeshPeersRequest extends qpq.v1.MeshPeersRequest.$Properties {
        }

        class MeshPeersRequest {
            constructor(p?: qpq.v1.MeshPeersRequest.$Properties);
            $unknowns?: Uint8Array[];
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.MeshPeersRequest.$Shape): qpq.v1.MeshPeersRequest & qpq.v1.MeshPeersRequest.$Shape;
            static create(properties?: qpq.v1.MeshPeersRequest.$Properties): qpq.v1.MeshPeersRequest;
            static encode(m: qpq.v1.MeshPeersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshPeersRequest & qpq.v1.MeshPeersRequest.$Shape;
        }

        namespace MeshPeersRequest {
            interface $Properties {
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshPeersRequest.$Properties;
        }

        interface IMeshPeersResponse extends qpq.v1.MeshPeersResponse.$Properties {
        }

        class MeshPeersResponse {
            constructor(p?: qpq.v1.MeshPeersResponse.$Properties);
            $unknowns?: Uint8Array[];
            peers: qpq.v1.MeshPeer.$Properties[];
            static create(properties: qpq.v1.MeshPeersResponse.$Shape): qpq.v1.MeshPeersResponse & qpq.v1.MeshPeersResponse.$Shape;
            static create(properties?: qpq.v1.MeshPeersResponse.$Properties): qpq.v1.MeshPeersResponse;
            static encode(m: qpq.v1.MeshPeersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshPeersResponse & qpq.v1.MeshPeersResponse.$Shape;
        }

        namespace MeshPeersResponse {
            interface $Properties {
                peers?: (qpq.v1.MeshPeer.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshPeersResponse.$Properties;
        }

        interface IMeshIdentityRequest extends qpq.v1.MeshIdentityRequest.$Properties {
        }

        class MeshIdentityRequest {
            constructor(p?: qpq.v1.MeshIdentityRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: qpq.v1.MeshIdentityRequest.$Shape): qpq.v1.MeshIdentityRequest & qpq.v1.MeshIdentityRequest.$Shape;
            static create(properties?: qpq.v1.MeshIdentityRequest.$Properties): qpq.v1.MeshIdentityRequest;
            static encode(m: qpq.v1.MeshIdentityRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshIdentityRequest & qpq.v1.MeshIdentityRequest.$Shape;
        }

        namespace MeshIdentityRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshIdentityRequest.$Properties;
        }

        interface IMeshIdentityResponse extends qpq.v1.MeshIdentityResponse.$Properties {
        }

        class MeshIdentityResponse {
            constructor(p?: qpq.v1.MeshIdentityResponse.$Properties);
            $unknowns?: Uint8Array[];
            node_key: Uint8Array;
            peer_id: string;
            listen_addresses: string[];
            static create(properties: qpq.v1.MeshIdentityResponse.$Shape): qpq.v1.MeshIdentityResponse & qpq.v1.MeshIdentityResponse.$Shape;
            static create(properties?: qpq.v1.MeshIdentityResponse.$Properties): qpq.v1.MeshIdentityResponse;
            static encode(m: qpq.v1.MeshIdentityResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshIdentityResponse & qpq.v1.MeshIdentityResponse.$Shape;
        }

        namespace MeshIdentityResponse {
            interface $Properties {
                node_key?: (Uint8Array|null);
                peer_id?: (string|null);
                listen_addresses?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshIdentityResponse.$Properties;
        }

        interface IMeshSubmitRequest extends qpq.v1.MeshSubmitRequest.$Properties {
        }

        class MeshSubmitRequest {
            constructor(p?: qpq.v1.MeshSubmitRequest.$Properties);
            $unknowns?: Uint8Array[];
            envelope?: (qpq.v1.MeshEnvelope.$Properties|null);
            static create(properties: qpq.v1.MeshSubmitRequest.$Shape): qpq.v1.MeshSubmitRequest & qpq.v1.MeshSubmitRequest.$Shape;
            static create(properties?: qpq.v1.MeshSubmitRequest.$Properties): qpq.v1.MeshSubmitRequest;
            static encode(m: qpq.v1.MeshSubmitRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshSubmitRequest & qpq.v1.MeshSubmitRequest.$Shape;
        }

        namespace MeshSubmitRequest {
            interface $Properties {
                envelope?: (qpq.v1.MeshEnvelope.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshSubmitRequest.$Properties;
        }

        interface IMeshSubmitResponse extends qpq.v1.MeshSubmitResponse.$Properties {
        }

        class MeshSubmitResponse {
            constructor(p?: qpq.v1.MeshSubmitResponse.$Properties);
            $unknowns?: Uint8Array[];
            delivered: boolean;
            static create(properties: qpq.v1.MeshSubmitResponse.$Shape): qpq.v1.MeshSubmitResponse & qpq.v1.MeshSubmitResponse.$Shape;
            static create(properties?: qpq.v1.MeshSubmitResponse.$Properties): qpq.v1.MeshSubmitResponse;
            static encode(m: qpq.v1.MeshSubmitResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshSubmitResponse & qpq.v1.MeshSubmitResponse.$Shape;
        }

        namespace MeshSubmitResponse {
            interface $Properties {
                delivered?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshSubmitResponse.$Properties;
        }

        interface IMeshStoreRequest extends qpq.v1.MeshStoreRequest.$Properties {
        }

        class MeshStoreRequest {
            constructor(p?: qpq.v1.MeshStoreRequest.$Properties);
            $unknowns?: Uint8Array[];
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.MeshStoreRequest.$Shape): qpq.v1.MeshStoreRequest & qpq.v1.MeshStoreRequest.$Shape;
            static create(properties?: qpq.v1.MeshStoreRequest.$Properties): qpq.v1.MeshStoreRequest;
            static encode(m: qpq.v1.MeshStoreRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshStoreRequest & qpq.v1.MeshStoreRequest.$Shape;
        }

        namespace MeshStoreRequest {
            interface $Properties {
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshStoreRequest.$Properties;
        }

        interface IMeshStoreResponse extends qpq.v1.MeshStoreResponse.$Properties {
        }

        class MeshStoreResponse {
            constructor(p?: qpq.v1.MeshStoreResponse.$Properties);
            $unknowns?: Uint8Array[];
            envelopes: number;
            bytes: number;
            max_envelopes: number;
            max_bytes: number;
            seen: number;
            static create(properties: qpq.v1.MeshStoreResponse.$Shape): qpq.v1.MeshStoreResponse & qpq.v1.MeshStoreResponse.$Shape;
            static create(properties?: qpq.v1.MeshStoreResponse.$Properties): qpq.v1.MeshStoreResponse;
            static encode(m: qpq.v1.MeshStoreResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshStoreResponse & qpq.v1.MeshStoreResponse.$Shape;
        }

        namespace MeshStoreResponse {
            interface $Properties {
                envelopes?: (number|null);
                bytes?: (number|null);
                max_envelopes?: (number|null);
                max_bytes?: (number|null);
                seen?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshStoreResponse.$Properties;
        }

        interface IMeshBroadcastEvent extends qpq.v1.MeshBroadcastEvent.$Properties {
        }

        class MeshBroadcastEvent {
            constructor(p?: qpq.v1.MeshBroadcastEvent.$Properties);
            $unknowns?: Uint8Array[];
            envelope?: (qpq.v1.MeshEnvelope.$Properties|null);
            static create(properties: qpq.v1.MeshBroadcastEvent.$Shape): qpq.v1.MeshBroadcastEvent & qpq.v1.MeshBroadcastEvent.$Shape;
            static create(properties?: qpq.v1.MeshBroadcastEvent.$Properties): qpq.v1.MeshBroadcastEvent;
            static encode(m: qpq.v1.MeshBroadcastEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.MeshBroadcastEvent & qpq.v1.MeshBroadcastEvent.$Shape;
        }

        namespace MeshBroadcastEvent {
            interface $Properties {
                envelope?: (qpq.v1.MeshEnvelope.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.MeshBroadcastEvent.$Properties;
        }

        interface IReportMessageRequest extends qpq.v1.ReportMessageRequest.$Properties {
        }

        class ReportMessageRequest {
            constructor(p?: qpq.v1.ReportMessageRequest.$Properties);
            $unknowns?: Uint8Array[];
            reported_key: Uint8Array;
            channel_id: Uint8Array;
            seq: number;
            reason: string;
            evidence: Uint8Array;
            comment: string;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.ReportMessageRequest.$Shape): qpq.v1.ReportMessageRequest & qpq.v1.ReportMessageRequest.$Shape;
            static create(properties?: qpq.v1.ReportMessageRequest.$Properties): qpq.v1.ReportMessageRequest;
            static encode(m: qpq.v1.ReportMessageRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ReportMessageRequest & qpq.v1.ReportMessageRequest.$Shape;
        }

        namespace ReportMessageRequest {
            interface $Properties {
                reported_key?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                seq?: (number|null);
                reason?: (string|null);
                evidence?: (Uint8Array|null);
                comment?: (string|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ReportMessageRequest.$Properties;
        }

        interface IReportMessageResponse extends qpq.v1.ReportMessageResponse.$Properties {
        }

        class ReportMessageResponse {
            constructor(p?: qpq.v1.ReportMessageResponse.$Properties);
            $unknowns?: Uint8Array[];
            report_id: Uint8Array;
            static create(properties: qpq.v1.ReportMessageResponse.$Shape): qpq.v1.ReportMessageResponse & qpq.v1.ReportMessageResponse.$Shape;
            static create(properties?: qpq.v1.ReportMessageResponse.$Properties): qpq.v1.ReportMessageResponse;
            static encode(m: qpq.v1.ReportMessageResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ReportMessageResponse & qpq.v1.ReportMessageResponse.$Shape;
        }

        namespace ReportMessageResponse {
            interface $Properties {
                report_id?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ReportMessageResponse.$Properties;
        }

        interface IBanUserRequest extends qpq.v1.BanUserRequest.$Properties {
        }

        class BanUserRequest {
            constructor(p?: qpq.v1.BanUserRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            channel_id: Uint8Array;
            reason: string;
            duration_secs: number;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.BanUserRequest.$Shape): qpq.v1.BanUserRequest & qpq.v1.BanUserRequest.$Shape;
            static create(properties?: qpq.v1.BanUserRequest.$Properties): qpq.v1.BanUserRequest;
            static encode(m: qpq.v1.BanUserRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.BanUserRequest & qpq.v1.BanUserRequest.$Shape;
        }

        namespace BanUserRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                reason?: (string|null);
                duration_secs?: (number|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.BanUserRequest.$Properties;
        }

        interface IBanUserResponse extends qpq.v1.BanUserResponse.$Properties {
        }

        class BanUserResponse {
            constructor(p?: qpq.v1.BanUserResponse.$Properties);
            $unknowns?: Uint8Array[];
            success: boolean;
            expires_at_ms: number;
            static create(properties: qpq.v1.BanUserResponse.$Shape): qpq.v1.BanUserResponse & qpq.v1.BanUserResponse.$Shape;
            static create(properties?: qpq.v1.BanUserResponse.$Properties): qpq.v1.BanUserResponse;
            static encode(m: qpq.v1.BanUserResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.BanUserResponse & qpq.v1.BanUserResponse.$Shape;
        }

        namespace BanUserResponse {
            interface $Properties {
                success?: (boolean|null);
                expires_at_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.BanUserResponse.$Properties;
        }

        interface IUnbanUserRequest extends qpq.v1.UnbanUserRequest.$Properties {
        }

        class UnbanUserRequest {
            constructor(p?: qpq.v1.UnbanUserRequest.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            channel_id: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.UnbanUserRequest.$Shape): qpq.v1.UnbanUserRequest & qpq.v1.UnbanUserRequest.$Shape;
            static create(properties?: qpq.v1.UnbanUserRequest.$Properties): qpq.v1.UnbanUserRequest;
            static encode(m: qpq.v1.UnbanUserRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.UnbanUserRequest & qpq.v1.UnbanUserRequest.$Shape;
        }

        namespace UnbanUserRequest {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.UnbanUserRequest.$Properties;
        }

        interface IUnbanUserResponse extends qpq.v1.UnbanUserResponse.$Properties {
        }

        class UnbanUserResponse {
            constructor(p?: qpq.v1.UnbanUserResponse.$Properties);
            $unknowns?: Uint8Array[];
            success: boolean;
            static create(properties: qpq.v1.UnbanUserResponse.$Shape): qpq.v1.UnbanUserResponse & qpq.v1.UnbanUserResponse.$Shape;
            static create(properties?: qpq.v1.UnbanUserResponse.$Properties): qpq.v1.UnbanUserResponse;
            static encode(m: qpq.v1.UnbanUserResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.UnbanUserResponse & qpq.v1.UnbanUserResponse.$Shape;
        }

        namespace UnbanUserResponse {
            interface $Properties {
                success?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.UnbanUserResponse.$Properties;
        }

        interface IReport extends qpq.v1.Report.$Properties {
        }

        class Report {
            constructor(p?: qpq.v1.Report.$Properties);
            $unknowns?: Uint8Array[];
            report_id: Uint8Array;
            reporter_key: Uint8Array;
            reported_key: Uint8Array;
            channel_id: Uint8Array;
            seq: number;
            reason: string;
            evidence: Uint8Array;
            comment: string;
            created_at_ms: number;
            static create(properties: qpq.v1.Report.$Shape): qpq.v1.Report & qpq.v1.Report.$Shape;
            static create(properties?: qpq.v1.Report.$Properties): qpq.v1.Report;
            static encode(m: qpq.v1.Report.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.Report & qpq.v1.Report.$Shape;
        }

        namespace Report {
            interface $Properties {
                report_id?: (Uint8Array|null);
                reporter_key?: (Uint8Array|null);
                reported_key?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                seq?: (number|null);
                reason?: (string|null);
                evidence?: (Uint8Array|null);
                comment?: (string|null);
                created_at_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.Report.$Properties;
        }

        interface IListReportsRequest extends qpq.v1.ListReportsRequest.$Properties {
        }

        class ListReportsRequest {
            constructor(p?: qpq.v1.ListReportsRequest.$Properties);
            $unknowns?: Uint8Array[];
            limit: number;
            cursor: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.ListReportsRequest.$Shape): qpq.v1.ListReportsRequest & qpq.v1.ListReportsRequest.$Shape;
            static create(properties?: qpq.v1.ListReportsRequest.$Properties): qpq.v1.ListReportsRequest;
            static encode(m: qpq.v1.ListReportsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ListReportsRequest & qpq.v1.ListReportsRequest.$Shape;
        }

        namespace ListReportsRequest {
            interface $Properties {
                limit?: (number|null);
                cursor?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ListReportsRequest.$Properties;
        }

        interface IListReportsResponse extends qpq.v1.ListReportsResponse.$Properties {
        }

        class ListReportsResponse {
            constructor(p?: qpq.v1.ListReportsResponse.$Properties);
            $unknowns?: Uint8Array[];
            reports: qpq.v1.Report.$Properties[];
            next_cursor: Uint8Array;
            static create(properties: qpq.v1.ListReportsResponse.$Shape): qpq.v1.ListReportsResponse & qpq.v1.ListReportsResponse.$Shape;
            static create(properties?: qpq.v1.ListReportsResponse.$Properties): qpq.v1.ListReportsResponse;
            static encode(m: qpq.v1.ListReportsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ListReportsResponse & qpq.v1.ListReportsResponse.$Shape;
        }

        namespace ListReportsResponse {
            interface $Properties {
                reports?: (qpq.v1.Report.$Properties[]|null);
                next_cursor?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ListReportsResponse.$Properties;
        }

        interface IBannedUser extends qpq.v1.BannedUser.$Properties {
        }

        class BannedUser {
            constructor(p?: qpq.v1.BannedUser.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            channel_id: Uint8Array;
            reason: string;
            banned_by: Uint8Array;
            banned_at_ms: number;
            expires_at_ms: number;
            static create(properties: qpq.v1.BannedUser.$Shape): qpq.v1.BannedUser & qpq.v1.BannedUser.$Shape;
            static create(properties?: qpq.v1.BannedUser.$Properties): qpq.v1.BannedUser;
            static encode(m: qpq.v1.BannedUser.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.BannedUser & qpq.v1.BannedUser.$Shape;
        }

        namespace BannedUser {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                reason?: (string|null);
                banned_by?: (Uint8Array|null);
                banned_at_ms?: (number|null);
                expires_at_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.BannedUser.$Properties;
        }

        interface IListBannedRequest extends qpq.v1.ListBannedRequest.$Properties {
        }

        class ListBannedRequest {
            constructor(p?: qpq.v1.ListBannedRequest.$Properties);
            $unknowns?: Uint8Array[];
            limit: number;
            cursor: Uint8Array;
            channel_id: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.ListBannedRequest.$Shape): qpq.v1.ListBannedRequest & qpq.v1.ListBannedRequest.$Shape;
            static create(properties?: qpq.v1.ListBannedRequest.$Properties): qpq.v1.ListBannedRequest;
            static encode(m: qpq.v1.ListBannedRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ListBannedRequest & qpq.v1.ListBannedRequest.$Shape;
        }

        namespace ListBannedRequest {
            interface $Properties {
                limit?: (number|null);
                cursor?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ListBannedRequest.$Properties;
        }

        interface IListBannedResponse extends qpq.v1.ListBannedResponse.$Properties {
        }

        class ListBannedResponse {
            constructor(p?: qpq.v1.ListBannedResponse.$Properties);
            $unknowns?: Uint8Array[];
            banned: qpq.v1.BannedUser.$Properties[];
            next_cursor: Uint8Array;
            static create(properties: qpq.v1.ListBannedResponse.$Shape): qpq.v1.ListBannedResponse & qpq.v1.ListBannedResponse.$Shape;
            static create(properties?: qpq.v1.ListBannedResponse.$Properties): qpq.v1.ListBannedResponse;
            static encode(m: qpq.v1.ListBannedResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ListBannedResponse & qpq.v1.ListBannedResponse.$Shape;
        }

        namespace ListBannedResponse {
            interface $Properties {
                banned?: (qpq.v1.BannedUser.$Properties[]|null);
                next_cursor?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ListBannedResponse.$Properties;
        }

        interface IServerNotice extends qpq.v1.ServerNotice.$Properties {
        }

        class ServerNotice {
            constructor(p?: qpq.v1.ServerNotice.$Properties);
            $unknowns?: Uint8Array[];
            text: string;
            source: string;
            timestamp_ms: number;
            static create(properties: qpq.v1.ServerNotice.$Shape): qpq.v1.ServerNotice & qpq.v1.ServerNotice.$Shape;
            static create(properties?: qpq.v1.ServerNotice.$Properties): qpq.v1.ServerNotice;
            static encode(m: qpq.v1.ServerNotice.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ServerNotice & qpq.v1.ServerNotice.$Shape;
        }

        namespace ServerNotice {
            interface $Properties {
                text?: (string|null);
                source?: (string|null);
                timestamp_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ServerNotice.$Properties;
        }

        interface INewMessage extends qpq.v1.NewMessage.$Properties {
        }

        class NewMessage {
            constructor(p?: qpq.v1.NewMessage.$Properties);
            $unknowns?: Uint8Array[];
            envelope?: (qpq.v1.Envelope.$Properties|null);
            recipient_key: Uint8Array;
            channel_id: Uint8Array;
            device_id: Uint8Array;
            message_id: Uint8Array;
            enqueued_at_ms: number;
            expires_at_ms: number;
            data_omitted: boolean;
            static create(properties: qpq.v1.NewMessage.$Shape): qpq.v1.NewMessage & qpq.v1.NewMessage.$Shape;
            static create(properties?: qpq.v1.NewMessage.$Properties): qpq.v1.NewMessage;
            static encode(m: qpq.v1.NewMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.NewMessage & qpq.v1.NewMessage.$Shape;
        }

        namespace NewMessage {
            interface $Properties {
                envelope?: (qpq.v1.Envelope.$Properties|null);
                recipient_key?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                device_id?: (Uint8Array|null);
                message_id?: (Uint8Array|null);
                enqueued_at_ms?: (number|null);
                expires_at_ms?: (number|null);
                data_omitted?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.NewMessage.$Properties;
        }

        interface ITyping extends qpq.v1.Typing.$Properties {
        }

        class Typing {
            constructor(p?: qpq.v1.Typing.$Properties);
            $unknowns?: Uint8Array[];
            channel_id: Uint8Array;
            sender_key: Uint8Array;
            typing: boolean;
            timestamp_ms: number;
            static create(properties: qpq.v1.Typing.$Shape): qpq.v1.Typing & qpq.v1.Typing.$Shape;
            static create(properties?: qpq.v1.Typing.$Properties): qpq.v1.Typing;
            static encode(m: qpq.v1.Typing.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.Typing & qpq.v1.Typing.$Shape;
        }

        namespace Typing {
            interface $Properties {
                channel_id?: (Uint8Array|null);
                sender_key?: (Uint8Array|null);
                typing?: (boolean|null);
                timestamp_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.Typing.$Properties;
        }

        interface IPresence extends qpq.v1.Presence.$Properties {
        }

        class Presence {
            constructor(p?: qpq.v1.Presence.$Properties);
            $unknowns?: Uint8Array[];
            identity_key: Uint8Array;
            online: boolean;
            last_seen_ms: number;
            static create(properties: qpq.v1.Presence.$Shape): qpq.v1.Presence & qpq.v1.Presence.$Shape;
            static create(properties?: qpq.v1.Presence.$Properties): qpq.v1.Presence;
            static encode(m: qpq.v1.Presence.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.Presence & qpq.v1.Presence.$Shape;
        }

        namespace Presence {
            interface $Properties {
                identity_key?: (Uint8Array|null);
                online?: (boolean|null);
                last_seen_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.Presence.$Properties;
        }

        interface IMembership extends qpq.v1.Membership.$Properties {
        }

        class Membership {
            constructor(p?: qpq.v1.Membership.$Properties);
            $unknowns?: Uint8Array[];
            group_id: Uint8Array;
            channel_id: Uint8Array;
            change: string;
            member_keys: Uint8Array[];
            actor_key: Uint8Array;
            timestamp_ms: number;
            static create(properties: qpq.v1.Membership.$Shape): qpq.v1.Membership & qpq.v1.Membership.$Shape;
            static create(properties?: qpq.v1.Membership.$Properties): qpq.v1.Membership;
            static encode(m: qpq.v1.Membership.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.Membership & qpq.v1.Membership.$Shape;
        }

        namespace Membership {
            interface $Properties {
                group_id?: (Uint8Array|null);
                channel_id?: (Uint8Array|null);
                change?: (string|null);
                member_keys?: (Uint8Array[]|null);
                actor_key?: (Uint8Array|null);
                timestamp_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.Membership.$Properties;
        }

        interface IConfigurePushesRequest extends qpq.v1.ConfigurePushesRequest.$Properties {
        }

        class ConfigurePushesRequest {
            constructor(p?: qpq.v1.ConfigurePushesRequest.$Properties);
            $unknowns?: Uint8Array[];
            coalesce: boolean;
            static create(properties: qpq.v1.ConfigurePushesRequest.$Shape): qpq.v1.ConfigurePushesRequest & qpq.v1.ConfigurePushesRequest.$Shape;
            static create(properties?: qpq.v1.ConfigurePushesRequest.$Properties): qpq.v1.ConfigurePushesRequest;
            static encode(m: qpq.v1.ConfigurePushesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ConfigurePushesRequest & qpq.v1.ConfigurePushesRequest.$Shape;
        }

        namespace ConfigurePushesRequest {
            interface $Properties {
                coalesce?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ConfigurePushesRequest.$Properties;
        }

        interface IConfigurePushesResponse extends qpq.v1.ConfigurePushesResponse.$Properties {
        }

        class ConfigurePushesResponse {
            constructor(p?: qpq.v1.ConfigurePushesResponse.$Properties);
            $unknowns?: Uint8Array[];
            coalesce: boolean;
            static create(properties: qpq.v1.ConfigurePushesResponse.$Shape): qpq.v1.ConfigurePushesResponse & qpq.v1.ConfigurePushesResponse.$Shape;
            static create(properties?: qpq.v1.ConfigurePushesResponse.$Properties): qpq.v1.ConfigurePushesResponse;
            static encode(m: qpq.v1.ConfigurePushesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.ConfigurePushesResponse & qpq.v1.ConfigurePushesResponse.$Shape;
        }

        namespace ConfigurePushesResponse {
            interface $Properties {
                coalesce?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.ConfigurePushesResponse.$Properties;
        }

        interface IStoreRecoveryBundleRequest extends qpq.v1.StoreRecoveryBundleRequest.$Properties {
        }

        class StoreRecoveryBundleRequest {
            constructor(p?: qpq.v1.StoreRecoveryBundleRequest.$Properties);
            $unknowns?: Uint8Array[];
            token_hash: Uint8Array;
            bundle: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.StoreRecoveryBundleRequest.$Shape): qpq.v1.StoreRecoveryBundleRequest & qpq.v1.StoreRecoveryBundleRequest.$Shape;
            static create(properties?: qpq.v1.StoreRecoveryBundleRequest.$Properties): qpq.v1.StoreRecoveryBundleRequest;
            static encode(m: qpq.v1.StoreRecoveryBundleRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.StoreRecoveryBundleRequest & qpq.v1.StoreRecoveryBundleRequest.$Shape;
        }

        namespace StoreRecoveryBundleRequest {
            interface $Properties {
                token_hash?: (Uint8Array|null);
                bundle?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.StoreRecoveryBundleRequest.$Properties;
        }

        interface IStoreRecoveryBundleResponse extends qpq.v1.StoreRecoveryBundleResponse.$Properties {
        }

        class StoreRecoveryBundleResponse {
            constructor(p?: qpq.v1.StoreRecoveryBundleResponse.$Properties);
            $unknowns?: Uint8Array[];
            success: boolean;
            bundle_count: number;
            static create(properties: qpq.v1.StoreRecoveryBundleResponse.$Shape): qpq.v1.StoreRecoveryBundleResponse & qpq.v1.StoreRecoveryBundleResponse.$Shape;
            static create(properties?: qpq.v1.StoreRecoveryBundleResponse.$Properties): qpq.v1.StoreRecoveryBundleResponse;
            static encode(m: qpq.v1.StoreRecoveryBundleResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.StoreRecoveryBundleResponse & qpq.v1.StoreRecoveryBundleResponse.$Shape;
        }

        namespace StoreRecoveryBundleResponse {
            interface $Properties {
                success?: (boolean|null);
                bundle_count?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.StoreRecoveryBundleResponse.$Properties;
        }

        interface IFetchRecoveryBundleRequest extends qpq.v1.FetchRecoveryBundleRequest.$Properties {
        }

        class FetchRecoveryBundleRequest {
            constructor(p?: qpq.v1.FetchRecoveryBundleRequest.$Properties);
            $unknowns?: Uint8Array[];
            recovery_token: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.FetchRecoveryBundleRequest.$Shape): qpq.v1.FetchRecoveryBundleRequest & qpq.v1.FetchRecoveryBundleRequest.$Shape;
            static create(properties?: qpq.v1.FetchRecoveryBundleRequest.$Properties): qpq.v1.FetchRecoveryBundleRequest;
            static encode(m: qpq.v1.FetchRecoveryBundleRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchRecoveryBundleRequest & qpq.v1.FetchRecoveryBundleRequest.$Shape;
        }

        namespace FetchRecoveryBundleRequest {
            interface $Properties {
                recovery_token?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchRecoveryBundleRequest.$Properties;
        }

        interface IFetchRecoveryBundleResponse extends qpq.v1.FetchRecoveryBundleResponse.$Properties {
        }

        class FetchRecoveryBundleResponse {
            constructor(p?: qpq.v1.FetchRecoveryBundleResponse.$Properties);
            $unknowns?: Uint8Array[];
            bundle: Uint8Array;
            static create(properties: qpq.v1.FetchRecoveryBundleResponse.$Shape): qpq.v1.FetchRecoveryBundleResponse & qpq.v1.FetchRecoveryBundleResponse.$Shape;
            static create(properties?: qpq.v1.FetchRecoveryBundleResponse.$Properties): qpq.v1.FetchRecoveryBundleResponse;
            static encode(m: qpq.v1.FetchRecoveryBundleResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.FetchRecoveryBundleResponse & qpq.v1.FetchRecoveryBundleResponse.$Shape;
        }

        namespace FetchRecoveryBundleResponse {
            interface $Properties {
                bundle?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.FetchRecoveryBundleResponse.$Properties;
        }

        interface IDeleteRecoveryBundleRequest extends qpq.v1.DeleteRecoveryBundleRequest.$Properties {
        }

        class DeleteRecoveryBundleRequest {
            constructor(p?: qpq.v1.DeleteRecoveryBundleRequest.$Properties);
            $unknowns?: Uint8Array[];
            token_hash: Uint8Array;
            auth?: (qpq.v1.Auth.$Properties|null);
            static create(properties: qpq.v1.DeleteRecoveryBundleRequest.$Shape): qpq.v1.DeleteRecoveryBundleRequest & qpq.v1.DeleteRecoveryBundleRequest.$Shape;
            static create(properties?: qpq.v1.DeleteRecoveryBundleRequest.$Properties): qpq.v1.DeleteRecoveryBundleRequest;
            static encode(m: qpq.v1.DeleteRecoveryBundleRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.DeleteRecoveryBundleRequest & qpq.v1.DeleteRecoveryBundleRequest.$Shape;
        }

        namespace DeleteRecoveryBundleRequest {
            interface $Properties {
                token_hash?: (Uint8Array|null);
                auth?: (qpq.v1.Auth.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.DeleteRecoveryBundleRequest.$Properties;
        }

        interface IDeleteRecoveryBundleResponse extends qpq.v1.DeleteRecoveryBundleResponse.$Properties {
        }

        class DeleteRecoveryBundleResponse {
            constructor(p?: qpq.v1.DeleteRecoveryBundleResponse.$Properties);
            $unknowns?: Uint8Array[];
            deleted: number;
            static create(properties: qpq.v1.DeleteRecoveryBundleResponse.$Shape): qpq.v1.DeleteRecoveryBundleResponse & qpq.v1.DeleteRecoveryBundleResponse.$Shape;
            static create(properties?: qpq.v1.DeleteRecoveryBundleResponse.$Properties): qpq.v1.DeleteRecoveryBundleResponse;
            static encode(m: qpq.v1.DeleteRecoveryBundleResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qpq.v1.DeleteRecoveryBundleResponse & qpq.v1.DeleteRecoveryBundleResponse.$Shape;
        }

        namespace DeleteRecoveryBundleResponse {
            interface $Properties {
                deleted?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = qpq.v1.DeleteRecoveryBundleResponse.$Properties;
        }
    }
}
