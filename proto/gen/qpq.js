/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const qpq = $root.qpq = (() => {

    /**
     * Namespace qpq.
     * @exports qpq
     * @namespace
     */
    const qpq = {};

    qpq.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof qpq
         * @namespace
         */
        const v1 = {};

        v1.Auth = (function() {

            /**
             * Properties of an Auth.
             * @typedef {Object} qpq.v1.Auth.$Properties
             * @property {Uint8Array|null} [access_token] Auth access_token
             * @property {Uint8Array|null} [device_id] Auth device_id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Auth.
             * @memberof qpq.v1
             * @interface IAuth
             * @augments qpq.v1.Auth.$Properties
             * @deprecated Use qpq.v1.Auth.$Properties instead.
             */

            /**
             * Shape of an Auth.
             * @typedef {qpq.v1.Auth.$Properties} qpq.v1.Auth.$Shape
             */

            /**
             * Constructs a new Auth.
             * @memberof qpq.v1
             * @classdesc Represents an Auth.
             * @constructor
             * @param {qpq.v1.Auth.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Auth = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Auth access_token.
             * @member {Uint8Array} access_token
             * @memberof qpq.v1.Auth
             * @instance
             */
            Auth.prototype.access_token = $util.newBuffer([]);

            /**
             * Auth device_id.
             * @member {Uint8Array} device_id
             * @memberof qpq.v1.Auth
             * @instance
             */
            Auth.prototype.device_id = $util.newBuffer([]);

            /**
             * Creates a new Auth instance using the specified properties.
             * @function create
             * @memberof qpq.v1.Auth
             * @static
             * @param {qpq.v1.Auth.$Properties=} [properties] Properties to set
             * @returns {qpq.v1.Auth} Auth instance
             * @type {{
             *   (properties: qpq.v1.Auth.$Shape): qpq.v1.Auth & qpq.v1.Auth.$Shape;
             *   (properties?: qpq.v1.Auth.$Properties): qpq.v1.Auth;
             * }}
             */
            Auth.create = function(properties) {
                return new Auth(properties);
            };

            /**
             * Encodes the specified Auth message. Does not implicitly {@link qpq.v1.Auth.verify|verify} messages.
             * @function encode
             * @memberof qpq.v1.Auth
             * @static
             * @param {qpq.v1.Auth.$Properties} m Auth message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Auth.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.access_token != null && $Object.hasOwnProperty.call(m, "access_token") && m.access_token.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.access_token);
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.device_id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Auth message, length delimited. Does not implicitly {@link qpq.v1.Auth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qpq.v1.Auth
             * @static
             * @param {qpq.v1.Auth.$Properties} message Auth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Auth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Auth message from the specified reader or buffer.
             * @function decode
             * @memberof qpq.v1.Auth
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qpq.v1.Auth & qpq.v1.Auth.$Shape} Auth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Auth.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qpq.v1.Auth();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.access_token = v;
                            else
                                delete m.access_token;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.device_id = v;
                            else
                                delete m.device_id;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Auth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qpq.v1.Auth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qpq.v1.Auth & qpq.v1.Auth.$Shape} Auth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Auth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Auth message.
             * @function verify
             * @memberof qpq.v1.Auth
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Auth.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.access_token != null && $Object.hasOwnProperty.call(m, "access_token")) {
                    if (!(m.access_token && typeof m.access_token.length === "number" || $util.isString(m.access_token)))
                        return "access_token: buffer expected";
                }
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id")) {
                    if (!(m.device_id && typeof m.device_id.length === "number" || $util.isString(m.device_id)))
                        return "device_id: buffer expected";
                }
                return null;
            };

            /**
             * Creates an Auth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qpq.v1.Auth
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qpq.v1.Auth} Auth
             */
            Auth.fromObject = function (d, q) {
                if (d instanceof $root.qpq.v1.Auth)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qpq.v1.Auth: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qpq.v1.Auth();
                if (d.access_token != null) {
                    if (d.access_token.length) {
                        if (typeof d.access_token === "string")
                            $util.base64.decode(d.access_token, m.access_token = $util.newBuffer($util.base64.length(d.access_token)), 0);
                        else if (d.access_token.length >= 0)
                            m.access_token = d.access_token;
                    }
                }
                if (d.device_id != null) {
                    if (d.device_id.length) {
                        if (typeof d.device_id === "string")
                            $util.base64.decode(d.device_id, m.device_id = $util.newBuffer($util.base64.length(d.device_id)), 0);
                        else if (d.device_id.length >= 0)
                            m.device_id = d.device_id;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Auth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qpq.v1.Auth
             * @static
             * @param {qpq.v1.Auth} m Auth
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Auth.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.access_token = "";
                    else {
                        d.access_token = [];
                        if (o.bytes !== $Array)
                            d.access_token = $util.newBuffer(d.access_token);
                    }
                    if (o.bytes === $String)
                        d.device_id = "";
                    else {
                        d.device_id = [];
                        if (o.bytes !== $Array)
                            d.device_id = $util.newBuffer(d.device_id);
                    }
                }
                if (m.access_token != null && $Object.hasOwnProperty.call(m, "access_token")) {
                    d.access_token = o.bytes === $String ? $util.base64.encode(m.access_token, 0, m.access_token.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.access_token) : m.access_token;
                }
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id")) {
                    d.device_id = o.bytes === $String ? $util.base64.encode(m.device_id, 0, m.device_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.device_id) : m.device_id;
                }
                return d;
            };

            /**
             * Converts this Auth to JSON.
             * @function toJSON
             * @memberof qpq.v1.Auth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Auth.prototype.toJSON = function() {
                return Auth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Auth
             * @function getTypeUrl
             * @memberof qpq.v1.Auth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Auth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qpq.v1.Auth";
            };

            return Auth;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} qpq.v1.Error.$Properties
             * @property {string|null} [message] Error message
             * @property {number|null} [retry_after_ms] Error retry_after_ms
             * @property {string|null} [correlation_id] Error correlation_id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof qpq.v1
             * @interface IError
             * @augments qpq.v1.Error.$Properties
             * @deprecated Use qpq.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {qpq.v1.Error.$Properties} qpq.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof qpq.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {qpq.v1.Error.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Error message.
             * @member {string} message
             * @memberof qpq.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retry_after_ms.
             * @member {number} retry_after_ms
             * @memberof qpq.v1.Error
             * @instance
             */
            Error.prototype.retry_after_ms = 0;

            /**
             * Error correlation_id.
             * @member {string} correlation_id
             * @memberof qpq.v1.Error
             * @instance
             */
            Error.prototype.correlation_id = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof qpq.v1.Error
             * @static
             * @param {qpq.v1.Error.$Properties=} [properties] Properties to set
             * @returns {qpq.v1.Error} Error instance
             * @type {{
             *   (properties: qpq.v1.Error.$Shape): qpq.v1.Error & qpq.v1.Error.$Shape;
             *   (properties?: qpq.v1.Error.$Properties): qpq.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link qpq.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof qpq.v1.Error
             * @static
             * @param {qpq.v1.Error.$Properties} m Error message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.message);
                if (m.retry_after_ms != null && $Object.hasOwnProperty.call(m, "retry_after_ms") && m.retry_after_ms !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.retry_after_ms);
                if (m.correlation_id != null && $Object.hasOwnProperty.call(m, "correlation_id") && m.correlation_id !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.correlation_id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link qpq.v1.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qpq.v1.Error
             * @static
             * @param {qpq.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof qpq.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qpq.v1.Error & qpq.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qpq.v1.Error();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.retry_after_ms = v;
                            else
                                delete m.retry_after_ms;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.correlation_id = v;
                            else
                                delete m.correlation_id;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qpq.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qpq.v1.Error & qpq.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof qpq.v1.Error
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                if (m.retry_after_ms != null && $Object.hasOwnProperty.call(m, "retry_after_ms")) {
                    if (!$util.isInteger(m.retry_after_ms))
                        return "retry_after_ms: integer expected";
                }
                if (m.correlation_id != null && $Object.hasOwnProperty.call(m, "correlation_id")) {
                    if (!$util.isString(m.correlation_id))
                        return "correlation_id: string expected";
                }
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qpq.v1.Error
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qpq.v1.Error} Error
             */
            Error.fromObject = function (d, q) {
                if (d instanceof $root.qpq.v1.Error)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qpq.v1.Error: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qpq.v1.Error();
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.retry_after_ms != null) {
                    if ($Number(d.retry_after_ms) !== 0) {
                        m.retry_after_ms = d.retry_after_ms >>> 0;
                    }
                }
                if (d.correlation_id != null) {
                    if (typeof d.correlation_id !== "string" || d.correlation_id.length) {
                        m.correlation_id = $String(d.correlation_id);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qpq.v1.Error
             * @static
             * @param {qpq.v1.Error} m Error
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.message = "";
                    d.retry_after_ms = 0;
                    d.correlation_id = "";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.retry_after_ms != null && $Object.hasOwnProperty.call(m, "retry_after_ms")) {
                    d.retry_after_ms = m.retry_after_ms;
                }
                if (m.correlation_id != null && $Object.hasOwnProperty.call(m, "correlation_id")) {
                    d.correlation_id = m.correlation_id;
                }
                return d;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof qpq.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof qpq.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qpq.v1.Error";
            };

            return Error;
        })();

        v1.HealthRequest = (function() {

            /**
             * Properties of a HealthRequest.
             * @typedef {Object} qpq.v1.HealthRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthRequest.
             * @memberof qpq.v1
             * @interface IHealthRequest
             * @augments qpq.v1.HealthRequest.$Properties
             * @deprecated Use qpq.v1.HealthRequest.$Properties instead.
             */

            /**
             * Shape of a HealthRequest.
             * @typedef {qpq.v1.HealthRequest.$Properties} qpq.v1.HealthRequest.$Shape
             */

            /**
             * Constructs a new HealthRequest.
             * @memberof qpq.v1
             * @classdesc Represents a HealthRequest.
             * @constructor
             * @param {qpq.v1.HealthRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new HealthRequest instance using the specified properties.
             * @function create
             * @memberof qpq.v1.HealthRequest
             * @static
             * @param {qpq.v1.HealthRequest.$Properties=} [properties] Properties to set
             * @returns {qpq.v1.HealthRequest} HealthRequest instance
             * @type {{
             *   (properties: qpq.v1.HealthRequest.$Shape): qpq.v1.HealthRequest & qpq.v1.HealthRequest.$Shape;
             *   (properties?: qpq.v1.HealthRequest.$Properties): qpq.v1.HealthRequest;
             * }}
             */
            HealthRequest.create = function(properties) {
                return new HealthRequest(properties);
            };

            /**
             * Encodes the specified HealthRequest message. Does not implicitly {@link qpq.v1.HealthRequest.verify|verify} messages.
             * @function encode
             * @memberof qpq.v1.HealthRequest
             * @static
             * @param {qpq.v1.HealthRequest.$Properties} m HealthRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HealthRequest message, length delimited. Does not implicitly {@link qpq.v1.HealthRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qpq.v1.HealthRequest
             * @static
             * @param {qpq.v1.HealthRequest.$Properties} message HealthRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HealthRequest message from the specified reader or buffer.
             * @function decode
             * @memberof qpq.v1.HealthRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qpq.v1.HealthRequest & qpq.v1.HealthRequest.$Shape} HealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qpq.v1.HealthRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a HealthRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qpq.v1.HealthRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qpq.v1.HealthRequest & qpq.v1.HealthRequest.$Shape} HealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HealthRequest message.
             * @function verify
             * @memberof qpq.v1.HealthRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HealthRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a HealthRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qpq.v1.HealthRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qpq.v1.HealthRequest} HealthRequest
             */
            HealthRequest.fromObject = function (d, q) {
                if (d instanceof $root.qpq.v1.HealthRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qpq.v1.HealthRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.qpq.v1.HealthRequest();
            };

            /**
             * Creates a plain object from a HealthRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qpq.v1.HealthRequest
             * @static
             * @param {qpq.v1.HealthRequest} m HealthRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this HealthRequest to JSON.
             * @function toJSON
             * @memberof qpq.v1.HealthRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthRequest.prototype.toJSON = function() {
                return HealthRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthRequest
             * @function getTypeUrl
             * @memberof qpq.v1.HealthRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qpq.v1.HealthRequest";
            };

            return HealthRequest;
        })();

        v1.HealthResponse = (function() {

            /**
             * Properties of a HealthResponse.
             * @typedef {Object} qpq.v1.HealthResponse.$Properties
             * @property {string|null} [status] HealthResponse status
             * @property {number|null} [uptime_secs] HealthResponse uptime_secs
             * @property {string|null} [server_version] HealthResponse server_version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthResponse.
             * @memberof qpq.v1
             * @interface IHealthResponse
             * @augments qpq.v1.HealthResponse.$Properties
             * @deprecated Use qpq.v1.HealthResponse.$Properties instead.
             */

            /**
             * Shape of a HealthResponse.
             * @typedef {qpq.v1.HealthResponse.$Properties} qpq.v1.HealthResponse.$Shape
             */

            /**
             * Constructs a new HealthResponse.
             * @memberof qpq.v1
             * @classdesc Represents a HealthResponse.
             * @constructor
             * @param {qpq.v1.HealthResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HealthResponse status.
             * @member {string} status
             * @memberof qpq.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.status = "";

            /**
             * HealthResponse uptime_secs.
             * @member {number} uptime_secs
             * @memberof qpq.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.uptime_secs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HealthResponse server_version.
             * @member {string} server_version
             * @memberof qpq.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.server_version = "";

            /**
             * Creates a new HealthResponse instance using the specified properties.
             * @function create
             * @memberof qpq.v1.HealthResponse
             * @static
             * @param {qpq.v1.HealthResponse.$Properties=} [properties] Properties to set
             * @returns {qpq.v1.HealthResponse} HealthResponse instance
             * @type {{
             *   (properties: qpq.v1.HealthResponse.$Shape): qpq.v1.HealthResponse & qpq.v1.HealthResponse.$Shape;
             *   (properties?: qpq.v1.HealthResponse.$Properties): qpq.v1.HealthResponse;
             * }}
             */
            HealthResponse.create = function(properties) {
                return new HealthResponse(properties);
            };

            /**
             * Encodes the specified HealthResponse message. Does not implicitly {@link qpq.v1.HealthResponse.verify|verify} messages.
             * @function encode
             * @memberof qpq.v1.HealthResponse
             * @static
             * @param {qpq.v1.HealthResponse.$Properties} m HealthResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.status);
                if (m.uptime_secs != null && $Object.hasOwnProperty.call(m, "uptime_secs") && (typeof m.uptime_secs === "object" ? m.uptime_secs.low || m.uptime_secs.high : m.uptime_secs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.uptime_secs);
                if (m.server_version != null && $Object.hasOwnProperty.call(m, "server_version") && m.server_version !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.server_version);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HealthResponse message, length delimited. Does not implicitly {@link qpq.v1.HealthResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qpq.v1.HealthResponse
             * @static
             * @param {qpq.v1.HealthResponse.$Properties} message HealthResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HealthResponse message from the specified reader or buffer.
             * @function decode
             * @memberof qpq.v1.HealthResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qpq.v1.HealthResponse & qpq.v1.HealthResponse.$Shape} HealthResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qpq.v1.HealthResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.uptime_secs = v;
                            else
                                delete m.uptime_secs;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.server_version = v;
                            else
                                delete m.server_version;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a HealthResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qpq.v1.HealthResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qpq.v1.HealthResponse & qpq.v1.HealthResponse.$Shape} HealthResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HealthResponse message.
             * @function verify
             * @memberof qpq.v1.HealthResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HealthResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (!$util.isString(m.status))
                        return "status: string expected";
                }
                if (m.uptime_secs != null && $Object.hasOwnProperty.call(m, "uptime_secs")) {
                    if (!$util.isInteger(m.uptime_secs) && !(m.uptime_secs && $util.isInteger(m.uptime_secs.low) && $util.isInteger(m.uptime_secs.high)))
                        return "uptime_secs: integer|Long expected";
                }
                if (m.server_version != null && $Object.hasOwnProperty.call(m, "server_version")) {
                    if (!$util.isString(m.server_version))
                        return "server_version: string expected";
                }
                return null;
            };

            /**
             * Creates a HealthResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qpq.v1.HealthResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qpq.v1.HealthResponse} HealthResponse
             */
            HealthResponse.fromObject = function (d, q) {
                if (d instanceof $root.qpq.v1.HealthResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qpq.v1.HealthResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qpq.v1.HealthResponse();
                if (d.status != null) {
                    if (typeof d.status !== "string" || d.status.length) {
                        m.status = $String(d.status);
                    }
                }
                if (d.uptime_secs != null) {
                    if (typeof d.uptime_secs === "object" ? d.uptime_secs.low || d.uptime_secs.high : $Number(d.uptime_secs) !== 0) {
                        if ($util.Long)
                            m.uptime_secs = $util.Long.fromValue(d.uptime_secs, true);
                        else if (typeof d.uptime_secs === "string")
                            m.uptime_secs = $parseInt(d.uptime_secs, 10);
                        else if (typeof d.uptime_secs === "number")
                            m.uptime_secs = d.uptime_secs;
                        else if (typeof d.uptime_secs === "object")
                            m.uptime_secs = new $util.LongBits(d.uptime_secs.low >>> 0, d.uptime_secs.high >>> 0).toNumber(true);
                    }
                }
                if (d.server_version != null) {
                    if (typeof d.server_version !== "string" || d.server_version.length) {
                        m.server_version = $String(d.server_version);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HealthResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qpq.v1.HealthResponse
             * @static
             * @param {qpq.v1.HealthResponse} m HealthResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.status = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.uptime_secs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.uptime_secs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.server_version = "";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                if (m.uptime_secs != null && $Object.hasOwnProperty.call(m, "uptime_secs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.uptime_secs = typeof m.uptime_secs === "number" ? $BigInt(m.uptime_secs) : $util.Long.fromBits(m.uptime_secs.low >>> 0, m.uptime_secs.high >>> 0, true).toBigInt();
                    else if (typeof m.uptime_secs === "number")
                        d.uptime_secs = o.longs === $String ? $String(m.uptime_secs) : m.uptime_secs;
                    else
                        d.uptime_secs = o.longs === $String ? $util.Long.prototype.toString.call(m.uptime_secs) : o.longs === $Number ? new $util.LongBits(m.uptime_secs.low >>> 0, m.uptime_secs.high >>> 0).toNumber(true) : m.uptime_secs;
                }
                if (m.server_version != null && $Object.hasOwnProperty.call(m, "server_version")) {
                    d.server_version = m.server_version;
                }
                return d;
            };

            /**
             * Converts this HealthResponse to JSON.
             * @function toJSON
             * @memberof qpq.v1.HealthResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthResponse.prototype.toJSON = function() {
                return HealthResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthResponse
             * @function getTypeUrl
             * @memberof qpq.v1.HealthResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qpq.v1.HealthResponse";
            };

            return HealthResponse;
        })();

        return v1;
    })();

    return qpq;
})();

export {
  $root as default
};
