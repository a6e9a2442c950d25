/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const qpq = $root.qpq = (() => {

    const qpq = {};

    qpq.v1 = (function() {

        const v1 = {};

        v1.OpaqueRegisterStartRequest = (function() {

            const OpaqueRegisterStartRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            OpaqueRegisterStartRequest.prototype.username = "";
            OpaqueRegisterStartRequest.prototype.request = $util.newBuffer([]);

            OpaqueRegisterStartRequest.create = function(properties) {
                return new OpaqueRegisterStartRequest(properties);
            };

            OpaqueRegisterStartRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                    w.uint32(10).string(m.username);
                if (m.request != null && $Object.hasOwnProperty.call(m, "request") && m.request.length)
                    w.uint32(18).bytes(m.request);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            OpaqueRegisterStartRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.OpaqueRegisterStartRequest();
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
                                m.username = v;
                            else
                                delete m.username;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.request = v;
                            else
                                delete m.request;
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

            return OpaqueRegisterStartRequest;
        })();

        v1.OpaqueRegisterStartResponse = (function() {

            const OpaqueRegisterStartResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            OpaqueRegisterStartResponse.prototype.response = $util.newBuffer([]);

            OpaqueRegisterStartResponse.create = function(properties) {
                return new OpaqueRegisterStartResponse(properties);
            };

            OpaqueRegisterStartResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.response != null && $Object.hasOwnProperty.call(m, "response") && m.response.length)
                    w.uint32(10).bytes(m.response);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            OpaqueRegisterStartResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.OpaqueRegisterStartResponse();
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
                                m.response = v;
                            else
                                delete m.response;
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

            return OpaqueRegisterStartResponse;
        })();

        v1.OpaqueRegisterFinishRequest = (function() {

            const OpaqueRegisterFinishRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            OpaqueRegisterFinishRequest.prototype.username = "";
            OpaqueRegisterFinishRequest.prototype.upload = $util.newBuffer([]);
            OpaqueRegisterFinishRequest.prototype.identity_key = $util.newBuffer([]);

            OpaqueRegisterFinishRequest.create = function(properties) {
                return new OpaqueRegisterFinishRequest(properties);
            };

            OpaqueRegisterFinishRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                    w.uint32(10).string(m.username);
                if (m.upload != null && $Object.hasOwnProperty.call(m, "upload") && m.upload.length)
                    w.uint32(18).bytes(m.upload);
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(26).bytes(m.identity_key);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            OpaqueRegisterFinishRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.OpaqueRegisterFinishRequest();
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
                                m.username = v;
                            else
                                delete m.username;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.upload = v;
                            else
                                delete m.upload;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.identity_key = v;
                            else
                                delete m.identity_key;
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

            return OpaqueRegisterFinishRequest;
        })();

        v1.OpaqueRegisterFinishResponse = (function() {

            const OpaqueRegisterFinishResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            OpaqueRegisterFinishResponse.prototype.success = false;

            OpaqueRegisterFinishResponse.create = function(properties) {
                return new OpaqueRegisterFinishResponse(properties);
            };

            OpaqueRegisterFinishResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.success != null && $Object.hasOwnProperty.call(m, "success") && m.success !== false)
                    w.uint32(8).bool(m.success);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            OpaqueRegisterFinishResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.OpaqueRegisterFinishResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.success = v;
                            else
                                delete m.success;
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

            return OpaqueRegisterFinishResponse;
        })();

        v1.OpaqueLoginStartRequest = (function() {

            const OpaqueLoginStartRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            OpaqueLoginStartRequest.prototype.username = "";
            OpaqueLoginStartRequest.prototype.request = $util.newBuffer([]);

            OpaqueLoginStartRequest.create = function(properties) {
                return new OpaqueLoginStartRequest(properties);
            };

            OpaqueLoginStartRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                    w.uint32(10).string(m.username);
                if (m.request != null && $Object.hasOwnProperty.call(m, "request") && m.request.length)
                    w.uint32(18).bytes(m.request);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            OpaqueLoginStartRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.OpaqueLoginStartRequest();
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
                                m.username = v;
                            else
                                delete m.username;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.request = v;
                            else
                                delete m.request;
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

            return OpaqueLoginStartRequest;
        })();

        v1.OpaqueLoginStartResponse = (function() {

            const OpaqueLoginStartResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            OpaqueLoginStartResponse.prototype.response = $util.newBuffer([]);

            OpaqueLoginStartResponse.create = function(properties) {
                return new OpaqueLoginStartResponse(properties);
            };

            OpaqueLoginStartResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.response != null && $Object.hasOwnProperty.call(m, "response") && m.response.length)
                    w.uint32(10).bytes(m.response);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            OpaqueLoginStartResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.OpaqueLoginStartResponse();
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
                                m.response = v;
                            else
                                delete m.response;
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

            return OpaqueLoginStartResponse;
        })();

        v1.OpaqueLoginFinishRequest = (function() {

            const OpaqueLoginFinishRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            OpaqueLoginFinishRequest.prototype.username = "";
            OpaqueLoginFinishRequest.prototype.finalization = $util.newBuffer([]);
            OpaqueLoginFinishRequest.prototype.identity_key = $util.newBuffer([]);

            OpaqueLoginFinishRequest.create = function(properties) {
                return new OpaqueLoginFinishRequest(properties);
            };

            OpaqueLoginFinishRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                    w.uint32(10).string(m.username);
                if (m.finalization != null && $Object.hasOwnProperty.call(m, "finalization") && m.finalization.length)
                    w.uint32(18).bytes(m.finalization);
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(26).bytes(m.identity_key);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            OpaqueLoginFinishRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.OpaqueLoginFinishRequest();
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
                                m.username = v;
                            else
                                delete m.username;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.finalization = v;
                            else
                                delete m.finalization;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.identity_key = v;
                            else
                                delete m.identity_key;
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

            return OpaqueLoginFinishRequest;
        })();

        v1.OpaqueLoginFinishResponse = (function() {

            const OpaqueLoginFinishResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            OpaqueLoginFinishResponse.prototype.session_token = $util.newBuffer([]);

            OpaqueLoginFinishResponse.create = function(properties) {
                return new OpaqueLoginFinishResponse(properties);
            };

            OpaqueLoginFinishResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.session_token != null && $Object.hasOwnProperty.call(m, "session_token") && m.session_token.length)
                    w.uint32(10).bytes(m.session_token);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            OpaqueLoginFinishResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.OpaqueLoginFinishResponse();
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
                                m.session_token = v;
                            else
                                delete m.session_token;
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

            return OpaqueLoginFinishResponse;
        })();

        v1.UploadBlobRequest = (function() {

            const UploadBlobRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UploadBlobRequest.prototype.upload_id = $util.newBuffer([]);
            UploadBlobRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            UploadBlobRequest.prototype.chunk = $util.newBuffer([]);
            UploadBlobRequest.prototype.total_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            UploadBlobRequest.prototype.sha256 = $util.newBuffer([]);
            UploadBlobRequest.prototype.final = false;
            UploadBlobRequest.prototype.mime_type = "";
            UploadBlobRequest.prototype.auth = null;

            UploadBlobRequest.create = function(properties) {
                return new UploadBlobRequest(properties);
            };

            UploadBlobRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.upload_id != null && $Object.hasOwnProperty.call(m, "upload_id") && m.upload_id.length)
                    w.uint32(10).bytes(m.upload_id);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(16).uint64(m.offset);
                if (m.chunk != null && $Object.hasOwnProperty.call(m, "chunk") && m.chunk.length)
                    w.uint32(26).bytes(m.chunk);
                if (m.total_size != null && $Object.hasOwnProperty.call(m, "total_size") && (typeof m.total_size === "object" ? m.total_size.low || m.total_size.high : m.total_size !== 0))
                    w.uint32(32).uint64(m.total_size);
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256.length)
                    w.uint32(42).bytes(m.sha256);
                if (m.final != null && $Object.hasOwnProperty.call(m, "final") && m.final !== false)
                    w.uint32(48).bool(m.final);
                if (m.mime_type != null && $Object.hasOwnProperty.call(m, "mime_type") && m.mime_type !== "")
                    w.uint32(58).string(m.mime_type);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            UploadBlobRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.UploadBlobRequest();
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
                                m.upload_id = v;
                            else
                                delete m.upload_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.chunk = v;
                            else
                                delete m.chunk;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.total_size = v;
                            else
                                delete m.total_size;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.sha256 = v;
                            else
                                delete m.sha256;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.final = v;
                            else
                                delete m.final;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mime_type = v;
                            else
                                delete m.mime_type;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return UploadBlobRequest;
        })();

        v1.UploadBlobResponse = (function() {

            const UploadBlobResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UploadBlobResponse.prototype.upload_id = $util.newBuffer([]);
            UploadBlobResponse.prototype.received = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            UploadBlobResponse.prototype.blob_id = $util.newBuffer([]);

            UploadBlobResponse.create = function(properties) {
                return new UploadBlobResponse(properties);
            };

            UploadBlobResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.upload_id != null && $Object.hasOwnProperty.call(m, "upload_id") && m.upload_id.length)
                    w.uint32(10).bytes(m.upload_id);
                if (m.received != null && $Object.hasOwnProperty.call(m, "received") && (typeof m.received === "object" ? m.received.low || m.received.high : m.received !== 0))
                    w.uint32(16).uint64(m.received);
                if (m.blob_id != null && $Object.hasOwnProperty.call(m, "blob_id") && m.blob_id.length)
                    w.uint32(26).bytes(m.blob_id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            UploadBlobResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.UploadBlobResponse();
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
                                m.upload_id = v;
                            else
                                delete m.upload_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.received = v;
                            else
                                delete m.received;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.blob_id = v;
                            else
                                delete m.blob_id;
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

            return UploadBlobResponse;
        })();

        v1.DownloadBlobRequest = (function() {

            const DownloadBlobRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DownloadBlobRequest.prototype.blob_id = $util.newBuffer([]);
            DownloadBlobRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DownloadBlobRequest.prototype.length = 0;
            DownloadBlobRequest.prototype.auth = null;

            DownloadBlobRequest.create = function(properties) {
                return new DownloadBlobRequest(properties);
            };

            DownloadBlobRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.blob_id != null && $Object.hasOwnProperty.call(m, "blob_id") && m.blob_id.length)
                    w.uint32(10).bytes(m.blob_id);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(16).uint64(m.offset);
                if (m.length != null && $Object.hasOwnProperty.call(m, "length") && m.length !== 0)
                    w.uint32(24).uint32(m.length);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DownloadBlobRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.DownloadBlobRequest();
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
                                m.blob_id = v;
                            else
                                delete m.blob_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.length = v;
                            else
                                delete m.length;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return DownloadBlobRequest;
        })();

        v1.DownloadBlobResponse = (function() {

            const DownloadBlobResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DownloadBlobResponse.prototype.data = $util.newBuffer([]);
            DownloadBlobResponse.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DownloadBlobResponse.prototype.total_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DownloadBlobResponse.prototype.mime_type = "";

            DownloadBlobResponse.create = function(properties) {
                return new DownloadBlobResponse(properties);
            };

            DownloadBlobResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(10).bytes(m.data);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(16).uint64(m.offset);
                if (m.total_size != null && $Object.hasOwnProperty.call(m, "total_size") && (typeof m.total_size === "object" ? m.total_size.low || m.total_size.high : m.total_size !== 0))
                    w.uint32(24).uint64(m.total_size);
                if (m.mime_type != null && $Object.hasOwnProperty.call(m, "mime_type") && m.mime_type !== "")
                    w.uint32(34).string(m.mime_type);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DownloadBlobResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.DownloadBlobResponse();
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
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.total_size = v;
                            else
                                delete m.total_size;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mime_type = v;
                            else
                                delete m.mime_type;
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

            return DownloadBlobResponse;
        })();

        v1.Auth = (function() {

            const Auth = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Auth.prototype.access_token = $util.newBuffer([]);
            Auth.prototype.device_id = $util.newBuffer([]);

            Auth.create = function(properties) {
                return new Auth(properties);
            };

            Auth.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.access_token != null && $Object.hasOwnProperty.call(m, "access_token") && m.access_token.length)
                    w.uint32(10).bytes(m.access_token);
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(18).bytes(m.device_id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

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

            return Auth;
        })();

        v1.Error = (function() {

            const Error = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Error.prototype.message = "";
            Error.prototype.retry_after_ms = 0;
            Error.prototype.correlation_id = "";

            Error.create = function(properties) {
                return new Error(properties);
            };

            Error.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(10).string(m.message);
                if (m.retry_after_ms != null && $Object.hasOwnProperty.call(m, "retry_after_ms") && m.retry_after_ms !== 0)
                    w.uint32(16).uint32(m.retry_after_ms);
                if (m.correlation_id != null && $Object.hasOwnProperty.call(m, "correlation_id") && m.correlation_id !== "")
                    w.uint32(26).string(m.correlation_id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

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

            return Error;
        })();

        v1.DeleteAccountRequest = (function() {

            const DeleteAccountRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DeleteAccountRequest.prototype.identity_key = $util.newBuffer([]);
            DeleteAccountRequest.prototype.auth = null;

            DeleteAccountRequest.create = function(properties) {
                return new DeleteAccountRequest(properties);
            };

            DeleteAccountRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DeleteAccountRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.DeleteAccountRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return DeleteAccountRequest;
        })();

        v1.DeleteAccountResponse = (function() {

            const DeleteAccountResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DeleteAccountResponse.prototype.success = false;

            DeleteAccountResponse.create = function(properties) {
                return new DeleteAccountResponse(properties);
            };

            DeleteAccountResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.success != null && $Object.hasOwnProperty.call(m, "success") && m.success !== false)
                    w.uint32(8).bool(m.success);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DeleteAccountResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.DeleteAccountResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.success = v;
                            else
                                delete m.success;
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

            return DeleteAccountResponse;
        })();

        v1.CreateChannelRequest = (function() {

            const CreateChannelRequest = function (p) {
                this.member_keys = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            CreateChannelRequest.prototype.peer_key = $util.newBuffer([]);
            CreateChannelRequest.prototype.group_id = $util.newBuffer([]);
            CreateChannelRequest.prototype.member_keys = $util.emptyArray;
            CreateChannelRequest.prototype.auth = null;

            CreateChannelRequest.create = function(properties) {
                return new CreateChannelRequest(properties);
            };

            CreateChannelRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peer_key != null && $Object.hasOwnProperty.call(m, "peer_key") && m.peer_key.length)
                    w.uint32(10).bytes(m.peer_key);
                if (m.group_id != null && $Object.hasOwnProperty.call(m, "group_id") && m.group_id.length)
                    w.uint32(18).bytes(m.group_id);
                if (m.member_keys != null && m.member_keys.length) {
                    for (var i = 0; i < m.member_keys.length; ++i)
                        w.uint32(26).bytes(m.member_keys[i]);
                }
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            CreateChannelRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.CreateChannelRequest();
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
                                m.peer_key = v;
                            else
                                delete m.peer_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.group_id = v;
                            else
                                delete m.group_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.member_keys && m.member_keys.length))
                                m.member_keys = [];
                            m.member_keys.push(r.bytes());
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return CreateChannelRequest;
        })();

        v1.CreateChannelResponse = (function() {

            const CreateChannelResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            CreateChannelResponse.prototype.channel_id = $util.newBuffer([]);
            CreateChannelResponse.prototype.created = false;

            CreateChannelResponse.create = function(properties) {
                return new CreateChannelResponse(properties);
            };

            CreateChannelResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(10).bytes(m.channel_id);
                if (m.created != null && $Object.hasOwnProperty.call(m, "created") && m.created !== false)
                    w.uint32(16).bool(m.created);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            CreateChannelResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.CreateChannelResponse();
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
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.created = v;
                            else
                                delete m.created;
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

            return CreateChannelResponse;
        })();

        v1.SendTypingRequest = (function() {

            const SendTypingRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            SendTypingRequest.prototype.channel_id = $util.newBuffer([]);
            SendTypingRequest.prototype.typing = false;
            SendTypingRequest.prototype.auth = null;

            SendTypingRequest.create = function(properties) {
                return new SendTypingRequest(properties);
            };

            SendTypingRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(10).bytes(m.channel_id);
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing") && m.typing !== false)
                    w.uint32(16).bool(m.typing);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            SendTypingRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.SendTypingRequest();
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
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.typing = v;
                            else
                                delete m.typing;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return SendTypingRequest;
        })();

        v1.SendTypingResponse = (function() {

            const SendTypingResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            SendTypingResponse.prototype.delivered = 0;

            SendTypingResponse.create = function(properties) {
                return new SendTypingResponse(properties);
            };

            SendTypingResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.delivered != null && $Object.hasOwnProperty.call(m, "delivered") && m.delivered !== 0)
                    w.uint32(8).uint32(m.delivered);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            SendTypingResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.SendTypingResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.delivered = v;
                            else
                                delete m.delivered;
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

            return SendTypingResponse;
        })();

        v1.Envelope = (function() {

            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Envelope.prototype.data = $util.newBuffer([]);

            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(8).uint64(m.seq);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(18).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Envelope.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.Envelope();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
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

            return Envelope;
        })();

        v1.EnqueueRequest = (function() {

            const EnqueueRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EnqueueRequest.prototype.recipient_key = $util.newBuffer([]);
            EnqueueRequest.prototype.payload = $util.newBuffer([]);
            EnqueueRequest.prototype.channel_id = $util.newBuffer([]);
            EnqueueRequest.prototype.ttl_secs = 0;
            EnqueueRequest.prototype.message_id = $util.newBuffer([]);
            EnqueueRequest.prototype.auth = null;
            EnqueueRequest.prototype.recipient_domain = "";

            EnqueueRequest.create = function(properties) {
                return new EnqueueRequest(properties);
            };

            EnqueueRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.recipient_key != null && $Object.hasOwnProperty.call(m, "recipient_key") && m.recipient_key.length)
                    w.uint32(10).bytes(m.recipient_key);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(18).bytes(m.payload);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(26).bytes(m.channel_id);
                if (m.ttl_secs != null && $Object.hasOwnProperty.call(m, "ttl_secs") && m.ttl_secs !== 0)
                    w.uint32(32).uint32(m.ttl_secs);
                if (m.message_id != null && $Object.hasOwnProperty.call(m, "message_id") && m.message_id.length)
                    w.uint32(42).bytes(m.message_id);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.recipient_domain != null && $Object.hasOwnProperty.call(m, "recipient_domain") && m.recipient_domain !== "")
                    w.uint32(130).string(m.recipient_domain);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EnqueueRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.EnqueueRequest();
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
                                m.recipient_key = v;
                            else
                                delete m.recipient_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ttl_secs = v;
                            else
                                delete m.ttl_secs;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.message_id = v;
                            else
                                delete m.message_id;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.recipient_domain = v;
                            else
                                delete m.recipient_domain;
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

            return EnqueueRequest;
        })();

        v1.EnqueueResponse = (function() {

            const EnqueueResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EnqueueResponse.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            EnqueueResponse.prototype.delivery_proof = $util.newBuffer([]);
            EnqueueResponse.prototype.duplicate = false;
            EnqueueResponse.prototype.forwarded_via = "";

            EnqueueResponse.create = function(properties) {
                return new EnqueueResponse(properties);
            };

            EnqueueResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(8).uint64(m.seq);
                if (m.delivery_proof != null && $Object.hasOwnProperty.call(m, "delivery_proof") && m.delivery_proof.length)
                    w.uint32(18).bytes(m.delivery_proof);
                if (m.duplicate != null && $Object.hasOwnProperty.call(m, "duplicate") && m.duplicate !== false)
                    w.uint32(24).bool(m.duplicate);
                if (m.forwarded_via != null && $Object.hasOwnProperty.call(m, "forwarded_via") && m.forwarded_via !== "")
                    w.uint32(130).string(m.forwarded_via);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EnqueueResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.EnqueueResponse();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.delivery_proof = v;
                            else
                                delete m.delivery_proof;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.duplicate = v;
                            else
                                delete m.duplicate;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.forwarded_via = v;
                            else
                                delete m.forwarded_via;
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

            return EnqueueResponse;
        })();

        v1.FetchRequest = (function() {

            const FetchRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchRequest.prototype.recipient_key = $util.newBuffer([]);
            FetchRequest.prototype.channel_id = $util.newBuffer([]);
            FetchRequest.prototype.limit = 0;
            FetchRequest.prototype.device_id = $util.newBuffer([]);
            FetchRequest.prototype.auth = null;

            FetchRequest.create = function(properties) {
                return new FetchRequest(properties);
            };

            FetchRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.recipient_key != null && $Object.hasOwnProperty.call(m, "recipient_key") && m.recipient_key.length)
                    w.uint32(10).bytes(m.recipient_key);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(18).bytes(m.channel_id);
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(24).uint32(m.limit);
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(34).bytes(m.device_id);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchRequest();
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
                                m.recipient_key = v;
                            else
                                delete m.recipient_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.device_id = v;
                            else
                                delete m.device_id;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return FetchRequest;
        })();

        v1.FetchResponse = (function() {

            const FetchResponse = function (p) {
                this.payloads = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchResponse.prototype.payloads = $util.emptyArray;

            FetchResponse.create = function(properties) {
                return new FetchResponse(properties);
            };

            FetchResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.payloads != null && m.payloads.length) {
                    for (var i = 0; i < m.payloads.length; ++i)
                        $root.qpq.v1.Envelope.encode(m.payloads[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchResponse();
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
                            if (!(m.payloads && m.payloads.length))
                                m.payloads = [];
                            m.payloads.push($root.qpq.v1.Envelope.decode(r, r.size(), $undefined, q + 1));
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

            return FetchResponse;
        })();

        v1.FetchWaitRequest = (function() {

            const FetchWaitRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchWaitRequest.prototype.recipient_key = $util.newBuffer([]);
            FetchWaitRequest.prototype.channel_id = $util.newBuffer([]);
            FetchWaitRequest.prototype.timeout_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FetchWaitRequest.prototype.limit = 0;
            FetchWaitRequest.prototype.device_id = $util.newBuffer([]);
            FetchWaitRequest.prototype.auth = null;

            FetchWaitRequest.create = function(properties) {
                return new FetchWaitRequest(properties);
            };

            FetchWaitRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.recipient_key != null && $Object.hasOwnProperty.call(m, "recipient_key") && m.recipient_key.length)
                    w.uint32(10).bytes(m.recipient_key);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(18).bytes(m.channel_id);
                if (m.timeout_ms != null && $Object.hasOwnProperty.call(m, "timeout_ms") && (typeof m.timeout_ms === "object" ? m.timeout_ms.low || m.timeout_ms.high : m.timeout_ms !== 0))
                    w.uint32(24).uint64(m.timeout_ms);
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(32).uint32(m.limit);
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(42).bytes(m.device_id);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchWaitRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchWaitRequest();
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
                                m.recipient_key = v;
                            else
                                delete m.recipient_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeout_ms = v;
                            else
                                delete m.timeout_ms;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.device_id = v;
                            else
                                delete m.device_id;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return FetchWaitRequest;
        })();

        v1.FetchWaitResponse = (function() {

            const FetchWaitResponse = function (p) {
                this.payloads = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchWaitResponse.prototype.payloads = $util.emptyArray;

            FetchWaitResponse.create = function(properties) {
                return new FetchWaitResponse(properties);
            };

            FetchWaitResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.payloads != null && m.payloads.length) {
                    for (var i = 0; i < m.payloads.length; ++i)
                        $root.qpq.v1.Envelope.encode(m.payloads[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchWaitResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchWaitResponse();
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
                            if (!(m.payloads && m.payloads.length))
                                m.payloads = [];
                            m.payloads.push($root.qpq.v1.Envelope.decode(r, r.size(), $undefined, q + 1));
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

            return FetchWaitResponse;
        })();

        v1.PeekRequest = (function() {

            const PeekRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PeekRequest.prototype.recipient_key = $util.newBuffer([]);
            PeekRequest.prototype.channel_id = $util.newBuffer([]);
            PeekRequest.prototype.limit = 0;
            PeekRequest.prototype.device_id = $util.newBuffer([]);
            PeekRequest.prototype.auth = null;

            PeekRequest.create = function(properties) {
                return new PeekRequest(properties);
            };

            PeekRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.recipient_key != null && $Object.hasOwnProperty.call(m, "recipient_key") && m.recipient_key.length)
                    w.uint32(10).bytes(m.recipient_key);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(18).bytes(m.channel_id);
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(24).uint32(m.limit);
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(34).bytes(m.device_id);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PeekRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.PeekRequest();
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
                                m.recipient_key = v;
                            else
                                delete m.recipient_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.device_id = v;
                            else
                                delete m.device_id;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return PeekRequest;
        })();

        v1.PeekResponse = (function() {

            const PeekResponse = function (p) {
                this.payloads = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PeekResponse.prototype.payloads = $util.emptyArray;

            PeekResponse.create = function(properties) {
                return new PeekResponse(properties);
            };

            PeekResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.payloads != null && m.payloads.length) {
                    for (var i = 0; i < m.payloads.length; ++i)
                        $root.qpq.v1.Envelope.encode(m.payloads[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PeekResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.PeekResponse();
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
                            if (!(m.payloads && m.payloads.length))
                                m.payloads = [];
                            m.payloads.push($root.qpq.v1.Envelope.decode(r, r.size(), $undefined, q + 1));
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

            return PeekResponse;
        })();

        v1.AckRequest = (function() {

            const AckRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            AckRequest.prototype.recipient_key = $util.newBuffer([]);
            AckRequest.prototype.channel_id = $util.newBuffer([]);
            AckRequest.prototype.seq_up_to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AckRequest.prototype.device_id = $util.newBuffer([]);
            AckRequest.prototype.auth = null;

            AckRequest.create = function(properties) {
                return new AckRequest(properties);
            };

            AckRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.recipient_key != null && $Object.hasOwnProperty.call(m, "recipient_key") && m.recipient_key.length)
                    w.uint32(10).bytes(m.recipient_key);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(18).bytes(m.channel_id);
                if (m.seq_up_to != null && $Object.hasOwnProperty.call(m, "seq_up_to") && (typeof m.seq_up_to === "object" ? m.seq_up_to.low || m.seq_up_to.high : m.seq_up_to !== 0))
                    w.uint32(24).uint64(m.seq_up_to);
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(34).bytes(m.device_id);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            AckRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.AckRequest();
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
                                m.recipient_key = v;
                            else
                                delete m.recipient_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq_up_to = v;
                            else
                                delete m.seq_up_to;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.device_id = v;
                            else
                                delete m.device_id;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return AckRequest;
        })();

        v1.AckResponse = (function() {

            const AckResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            AckResponse.create = function(properties) {
                return new AckResponse(properties);
            };

            AckResponse.encode = function (m, w, q) {
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

            AckResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.AckResponse();
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

            return AckResponse;
        })();

        v1.BatchEnqueueRequest = (function() {

            const BatchEnqueueRequest = function (p) {
                this.recipient_keys = [];
                this.recipient_domains = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            BatchEnqueueRequest.prototype.recipient_keys = $util.emptyArray;
            BatchEnqueueRequest.prototype.payload = $util.newBuffer([]);
            BatchEnqueueRequest.prototype.channel_id = $util.newBuffer([]);
            BatchEnqueueRequest.prototype.ttl_secs = 0;
            BatchEnqueueRequest.prototype.message_id = $util.newBuffer([]);
            BatchEnqueueRequest.prototype.auth = null;
            BatchEnqueueRequest.prototype.recipient_domains = $util.emptyArray;

            BatchEnqueueRequest.create = function(properties) {
                return new BatchEnqueueRequest(properties);
            };

            BatchEnqueueRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.recipient_keys != null && m.recipient_keys.length) {
                    for (var i = 0; i < m.recipient_keys.length; ++i)
                        w.uint32(10).bytes(m.recipient_keys[i]);
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(18).bytes(m.payload);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(26).bytes(m.channel_id);
                if (m.ttl_secs != null && $Object.hasOwnProperty.call(m, "ttl_secs") && m.ttl_secs !== 0)
                    w.uint32(32).uint32(m.ttl_secs);
                if (m.message_id != null && $Object.hasOwnProperty.call(m, "message_id") && m.message_id.length)
                    w.uint32(42).bytes(m.message_id);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.recipient_domains != null && m.recipient_domains.length) {
                    for (var i = 0; i < m.recipient_domains.length; ++i)
                        w.uint32(130).string(m.recipient_domains[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            BatchEnqueueRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.BatchEnqueueRequest();
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
                            if (!(m.recipient_keys && m.recipient_keys.length))
                                m.recipient_keys = [];
                            m.recipient_keys.push(r.bytes());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ttl_secs = v;
                            else
                                delete m.ttl_secs;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.message_id = v;
                            else
                                delete m.message_id;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if (!(m.recipient_domains && m.recipient_domains.length))
                                m.recipient_domains = [];
                            m.recipient_domains.push(r.stringVerify());
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

            return BatchEnqueueRequest;
        })();

        v1.BatchEnqueueResponse = (function() {

            const BatchEnqueueResponse = function (p) {
                this.seqs = [];
                this.forwarded_via = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            BatchEnqueueResponse.prototype.seqs = $util.emptyArray;
            BatchEnqueueResponse.prototype.forwarded_via = $util.emptyArray;

            BatchEnqueueResponse.create = function(properties) {
                return new BatchEnqueueResponse(properties);
            };

            BatchEnqueueResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seqs != null && m.seqs.length) {
                    w.uint32(10).uint64s(m.seqs);
                }
                if (m.forwarded_via != null && m.forwarded_via.length) {
                    for (var i = 0; i < m.forwarded_via.length; ++i)
                        w.uint32(130).string(m.forwarded_via[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            BatchEnqueueResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.BatchEnqueueResponse();
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
                            if (u === 2) {
                                if (!(m.seqs && m.seqs.length))
                                    m.seqs = [];
                                r.uint64s(m.seqs);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.seqs && m.seqs.length))
                                m.seqs = [];
                            m.seqs.push(r.uint64());
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if (!(m.forwarded_via && m.forwarded_via.length))
                                m.forwarded_via = [];
                            m.forwarded_via.push(r.stringVerify());
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

            return BatchEnqueueResponse;
        })();

        v1.Device = (function() {

            const Device = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Device.prototype.device_id = $util.newBuffer([]);
            Device.prototype.device_name = "";
            Device.prototype.device_key = $util.newBuffer([]);
            Device.prototype.registered_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Device.prototype.last_seen_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Device.prototype.current = false;
            Device.prototype.has_push_token = false;

            Device.create = function(properties) {
                return new Device(properties);
            };

            Device.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(10).bytes(m.device_id);
                if (m.device_name != null && $Object.hasOwnProperty.call(m, "device_name") && m.device_name !== "")
                    w.uint32(18).string(m.device_name);
                if (m.device_key != null && $Object.hasOwnProperty.call(m, "device_key") && m.device_key.length)
                    w.uint32(26).bytes(m.device_key);
                if (m.registered_at_ms != null && $Object.hasOwnProperty.call(m, "registered_at_ms") && (typeof m.registered_at_ms === "object" ? m.registered_at_ms.low || m.registered_at_ms.high : m.registered_at_ms !== 0))
                    w.uint32(32).uint64(m.registered_at_ms);
                if (m.last_seen_ms != null && $Object.hasOwnProperty.call(m, "last_seen_ms") && (typeof m.last_seen_ms === "object" ? m.last_seen_ms.low || m.last_seen_ms.high : m.last_seen_ms !== 0))
                    w.uint32(40).uint64(m.last_seen_ms);
                if (m.current != null && $Object.hasOwnProperty.call(m, "current") && m.current !== false)
                    w.uint32(48).bool(m.current);
                if (m.has_push_token != null && $Object.hasOwnProperty.call(m, "has_push_token") && m.has_push_token !== false)
                    w.uint32(56).bool(m.has_push_token);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Device.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.Device();
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
                                m.device_id = v;
                            else
                                delete m.device_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.device_name = v;
                            else
                                delete m.device_name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.device_key = v;
                            else
                                delete m.device_key;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.registered_at_ms = v;
                            else
                                delete m.registered_at_ms;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.last_seen_ms = v;
                            else
                                delete m.last_seen_ms;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.current = v;
                            else
                                delete m.current;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.has_push_token = v;
                            else
                                delete m.has_push_token;
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

            return Device;
        })();

        v1.RegisterDeviceRequest = (function() {

            const RegisterDeviceRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RegisterDeviceRequest.prototype.device_id = $util.newBuffer([]);
            RegisterDeviceRequest.prototype.device_name = "";
            RegisterDeviceRequest.prototype.device_key = $util.newBuffer([]);
            RegisterDeviceRequest.prototype.auth = null;

            RegisterDeviceRequest.create = function(properties) {
                return new RegisterDeviceRequest(properties);
            };

            RegisterDeviceRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(10).bytes(m.device_id);
                if (m.device_name != null && $Object.hasOwnProperty.call(m, "device_name") && m.device_name !== "")
                    w.uint32(18).string(m.device_name);
                if (m.device_key != null && $Object.hasOwnProperty.call(m, "device_key") && m.device_key.length)
                    w.uint32(26).bytes(m.device_key);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RegisterDeviceRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RegisterDeviceRequest();
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
                                m.device_id = v;
                            else
                                delete m.device_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.device_name = v;
                            else
                                delete m.device_name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.device_key = v;
                            else
                                delete m.device_key;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return RegisterDeviceRequest;
        })();

        v1.RegisterDeviceResponse = (function() {

            const RegisterDeviceResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RegisterDeviceResponse.prototype.created = false;
            RegisterDeviceResponse.prototype.device_count = 0;

            RegisterDeviceResponse.create = function(properties) {
                return new RegisterDeviceResponse(properties);
            };

            RegisterDeviceResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.created != null && $Object.hasOwnProperty.call(m, "created") && m.created !== false)
                    w.uint32(8).bool(m.created);
                if (m.device_count != null && $Object.hasOwnProperty.call(m, "device_count") && m.device_count !== 0)
                    w.uint32(16).uint32(m.device_count);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RegisterDeviceResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RegisterDeviceResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.created = v;
                            else
                                delete m.created;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.device_count = v;
                            else
                                delete m.device_count;
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

            return RegisterDeviceResponse;
        })();

        v1.ListDevicesRequest = (function() {

            const ListDevicesRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ListDevicesRequest.prototype.auth = null;

            ListDevicesRequest.create = function(properties) {
                return new ListDevicesRequest(properties);
            };

            ListDevicesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ListDevicesRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ListDevicesRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return ListDevicesRequest;
        })();

        v1.ListDevicesResponse = (function() {

            const ListDevicesResponse = function (p) {
                this.devices = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ListDevicesResponse.prototype.devices = $util.emptyArray;

            ListDevicesResponse.create = function(properties) {
                return new ListDevicesResponse(properties);
            };

            ListDevicesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.devices != null && m.devices.length) {
                    for (var i = 0; i < m.devices.length; ++i)
                        $root.qpq.v1.Device.encode(m.devices[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ListDevicesResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ListDevicesResponse();
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
                            if (!(m.devices && m.devices.length))
                                m.devices = [];
                            m.devices.push($root.qpq.v1.Device.decode(r, r.size(), $undefined, q + 1));
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

            return ListDevicesResponse;
        })();

        v1.RevokeDeviceRequest = (function() {

            const RevokeDeviceRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RevokeDeviceRequest.prototype.device_id = $util.newBuffer([]);
            RevokeDeviceRequest.prototype.auth = null;

            RevokeDeviceRequest.create = function(properties) {
                return new RevokeDeviceRequest(properties);
            };

            RevokeDeviceRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(10).bytes(m.device_id);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RevokeDeviceRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RevokeDeviceRequest();
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
                                m.device_id = v;
                            else
                                delete m.device_id;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return RevokeDeviceRequest;
        })();

        v1.RevokeDeviceResponse = (function() {

            const RevokeDeviceResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RevokeDeviceResponse.prototype.revoked = false;

            RevokeDeviceResponse.create = function(properties) {
                return new RevokeDeviceResponse(properties);
            };

            RevokeDeviceResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.revoked != null && $Object.hasOwnProperty.call(m, "revoked") && m.revoked !== false)
                    w.uint32(8).bool(m.revoked);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RevokeDeviceResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RevokeDeviceResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.revoked = v;
                            else
                                delete m.revoked;
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

            return RevokeDeviceResponse;
        })();

        v1.RegisterPushTokenRequest = (function() {

            const RegisterPushTokenRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RegisterPushTokenRequest.prototype.device_id = $util.newBuffer([]);
            RegisterPushTokenRequest.prototype.platform = "";
            RegisterPushTokenRequest.prototype.token = $util.newBuffer([]);
            RegisterPushTokenRequest.prototype.auth = null;

            RegisterPushTokenRequest.create = function(properties) {
                return new RegisterPushTokenRequest(properties);
            };

            RegisterPushTokenRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(10).bytes(m.device_id);
                if (m.platform != null && $Object.hasOwnProperty.call(m, "platform") && m.platform !== "")
                    w.uint32(18).string(m.platform);
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token.length)
                    w.uint32(26).bytes(m.token);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RegisterPushTokenRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RegisterPushTokenRequest();
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
                                m.device_id = v;
                            else
                                delete m.device_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.platform = v;
                            else
                                delete m.platform;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return RegisterPushTokenRequest;
        })();

        v1.RegisterPushTokenResponse = (function() {

            const RegisterPushTokenResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RegisterPushTokenResponse.prototype.success = false;

            RegisterPushTokenResponse.create = function(properties) {
                return new RegisterPushTokenResponse(properties);
            };

            RegisterPushTokenResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.success != null && $Object.hasOwnProperty.call(m, "success") && m.success !== false)
                    w.uint32(8).bool(m.success);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RegisterPushTokenResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RegisterPushTokenResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.success = v;
                            else
                                delete m.success;
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

            return RegisterPushTokenResponse;
        })();

        v1.FederationAuth = (function() {

            const FederationAuth = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FederationAuth.prototype.origin_domain = "";

            FederationAuth.create = function(properties) {
                return new FederationAuth(properties);
            };

            FederationAuth.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.origin_domain != null && $Object.hasOwnProperty.call(m, "origin_domain") && m.origin_domain !== "")
                    w.uint32(10).string(m.origin_domain);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FederationAuth.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FederationAuth();
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
                                m.origin_domain = v;
                            else
                                delete m.origin_domain;
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

            return FederationAuth;
        })();

        v1.RelayEnqueueRequest = (function() {

            const RelayEnqueueRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RelayEnqueueRequest.prototype.federation_auth = null;
            RelayEnqueueRequest.prototype.enqueue = null;
            RelayEnqueueRequest.prototype.relay_id = $util.newBuffer([]);

            RelayEnqueueRequest.create = function(properties) {
                return new RelayEnqueueRequest(properties);
            };

            RelayEnqueueRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.federation_auth != null && $Object.hasOwnProperty.call(m, "federation_auth"))
                    $root.qpq.v1.FederationAuth.encode(m.federation_auth, w.uint32(10).fork(), q + 1).ldelim();
                if (m.enqueue != null && $Object.hasOwnProperty.call(m, "enqueue"))
                    $root.qpq.v1.EnqueueRequest.encode(m.enqueue, w.uint32(18).fork(), q + 1).ldelim();
                if (m.relay_id != null && $Object.hasOwnProperty.call(m, "relay_id") && m.relay_id.length)
                    w.uint32(26).bytes(m.relay_id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RelayEnqueueRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RelayEnqueueRequest();
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
                            m.federation_auth = $root.qpq.v1.FederationAuth.decode(r, r.size(), $undefined, q + 1, m.federation_auth);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.enqueue = $root.qpq.v1.EnqueueRequest.decode(r, r.size(), $undefined, q + 1, m.enqueue);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.relay_id = v;
                            else
                                delete m.relay_id;
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

            return RelayEnqueueRequest;
        })();

        v1.RelayEnqueueResponse = (function() {

            const RelayEnqueueResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RelayEnqueueResponse.prototype.result = null;

            RelayEnqueueResponse.create = function(properties) {
                return new RelayEnqueueResponse(properties);
            };

            RelayEnqueueResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.result != null && $Object.hasOwnProperty.call(m, "result"))
                    $root.qpq.v1.EnqueueResponse.encode(m.result, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RelayEnqueueResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RelayEnqueueResponse();
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
                            m.result = $root.qpq.v1.EnqueueResponse.decode(r, r.size(), $undefined, q + 1, m.result);
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

            return RelayEnqueueResponse;
        })();

        v1.RelayBatchEnqueueRequest = (function() {

            const RelayBatchEnqueueRequest = function (p) {
                this.messages = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RelayBatchEnqueueRequest.prototype.federation_auth = null;
            RelayBatchEnqueueRequest.prototype.batch = null;
            RelayBatchEnqueueRequest.prototype.messages = $util.emptyArray;

            RelayBatchEnqueueRequest.create = function(properties) {
                return new RelayBatchEnqueueRequest(properties);
            };

            RelayBatchEnqueueRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.federation_auth != null && $Object.hasOwnProperty.call(m, "federation_auth"))
                    $root.qpq.v1.FederationAuth.encode(m.federation_auth, w.uint32(10).fork(), q + 1).ldelim();
                if (m.batch != null && $Object.hasOwnProperty.call(m, "batch"))
                    $root.qpq.v1.BatchEnqueueRequest.encode(m.batch, w.uint32(18).fork(), q + 1).ldelim();
                if (m.messages != null && m.messages.length) {
                    for (var i = 0; i < m.messages.length; ++i)
                        $root.qpq.v1.RelayedMessage.encode(m.messages[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RelayBatchEnqueueRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RelayBatchEnqueueRequest();
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
                            m.federation_auth = $root.qpq.v1.FederationAuth.decode(r, r.size(), $undefined, q + 1, m.federation_auth);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.batch = $root.qpq.v1.BatchEnqueueRequest.decode(r, r.size(), $undefined, q + 1, m.batch);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.messages && m.messages.length))
                                m.messages = [];
                            m.messages.push($root.qpq.v1.RelayedMessage.decode(r, r.size(), $undefined, q + 1));
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

            return RelayBatchEnqueueRequest;
        })();

        v1.RelayBatchEnqueueResponse = (function() {

            const RelayBatchEnqueueResponse = function (p) {
                this.results = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RelayBatchEnqueueResponse.prototype.result = null;
            RelayBatchEnqueueResponse.prototype.results = $util.emptyArray;

            RelayBatchEnqueueResponse.create = function(properties) {
                return new RelayBatchEnqueueResponse(properties);
            };

            RelayBatchEnqueueResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.result != null && $Object.hasOwnProperty.call(m, "result"))
                    $root.qpq.v1.BatchEnqueueResponse.encode(m.result, w.uint32(10).fork(), q + 1).ldelim();
                if (m.results != null && m.results.length) {
                    for (var i = 0; i < m.results.length; ++i)
                        $root.qpq.v1.RelayResult.encode(m.results[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RelayBatchEnqueueResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RelayBatchEnqueueResponse();
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
                            m.result = $root.qpq.v1.BatchEnqueueResponse.decode(r, r.size(), $undefined, q + 1, m.result);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.results && m.results.length))
                                m.results = [];
                            m.results.push($root.qpq.v1.RelayResult.decode(r, r.size(), $undefined, q + 1));
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

            return RelayBatchEnqueueResponse;
        })();

        v1.RelayedMessage = (function() {

            const RelayedMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RelayedMessage.prototype.relay_id = $util.newBuffer([]);
            RelayedMessage.prototype.recipient_key = $util.newBuffer([]);
            RelayedMessage.prototype.payload = $util.newBuffer([]);
            RelayedMessage.prototype.channel_id = $util.newBuffer([]);
            RelayedMessage.prototype.expires_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RelayedMessage.prototype.message_id = $util.newBuffer([]);

            RelayedMessage.create = function(properties) {
                return new RelayedMessage(properties);
            };

            RelayedMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.relay_id != null && $Object.hasOwnProperty.call(m, "relay_id") && m.relay_id.length)
                    w.uint32(10).bytes(m.relay_id);
                if (m.recipient_key != null && $Object.hasOwnProperty.call(m, "recipient_key") && m.recipient_key.length)
                    w.uint32(18).bytes(m.recipient_key);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(26).bytes(m.payload);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(34).bytes(m.channel_id);
                if (m.expires_at_ms != null && $Object.hasOwnProperty.call(m, "expires_at_ms") && (typeof m.expires_at_ms === "object" ? m.expires_at_ms.low || m.expires_at_ms.high : m.expires_at_ms !== 0))
                    w.uint32(40).uint64(m.expires_at_ms);
                if (m.message_id != null && $Object.hasOwnProperty.call(m, "message_id") && m.message_id.length)
                    w.uint32(50).bytes(m.message_id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RelayedMessage.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RelayedMessage();
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
                                m.relay_id = v;
                            else
                                delete m.relay_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.recipient_key = v;
                            else
                                delete m.recipient_key;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.expires_at_ms = v;
                            else
                                delete m.expires_at_ms;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.message_id = v;
                            else
                                delete m.message_id;
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

            return RelayedMessage;
        })();

        v1.RelayResult = (function() {

            const RelayResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RelayResult.prototype.relay_id = $util.newBuffer([]);
            RelayResult.prototype.status = 0;
            RelayResult.prototype.duplicate = false;
            RelayResult.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RelayResult.prototype.reason = "";

            RelayResult.create = function(properties) {
                return new RelayResult(properties);
            };

            RelayResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.relay_id != null && $Object.hasOwnProperty.call(m, "relay_id") && m.relay_id.length)
                    w.uint32(10).bytes(m.relay_id);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(16).uint32(m.status);
                if (m.duplicate != null && $Object.hasOwnProperty.call(m, "duplicate") && m.duplicate !== false)
                    w.uint32(24).bool(m.duplicate);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(32).uint64(m.seq);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(42).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RelayResult.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RelayResult();
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
                                m.relay_id = v;
                            else
                                delete m.relay_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.duplicate = v;
                            else
                                delete m.duplicate;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
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

            return RelayResult;
        })();

        v1.ProxyFetchKeyPackageRequest = (function() {

            const ProxyFetchKeyPackageRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ProxyFetchKeyPackageRequest.prototype.federation_auth = null;
            ProxyFetchKeyPackageRequest.prototype.fetch = null;

            ProxyFetchKeyPackageRequest.create = function(properties) {
                return new ProxyFetchKeyPackageRequest(properties);
            };

            ProxyFetchKeyPackageRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.federation_auth != null && $Object.hasOwnProperty.call(m, "federation_auth"))
                    $root.qpq.v1.FederationAuth.encode(m.federation_auth, w.uint32(10).fork(), q + 1).ldelim();
                if (m.fetch != null && $Object.hasOwnProperty.call(m, "fetch"))
                    $root.qpq.v1.FetchKeyPackageRequest.encode(m.fetch, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ProxyFetchKeyPackageRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ProxyFetchKeyPackageRequest();
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
                            m.federation_auth = $root.qpq.v1.FederationAuth.decode(r, r.size(), $undefined, q + 1, m.federation_auth);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.fetch = $root.qpq.v1.FetchKeyPackageRequest.decode(r, r.size(), $undefined, q + 1, m.fetch);
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

            return ProxyFetchKeyPackageRequest;
        })();

        v1.ProxyFetchKeyPackageResponse = (function() {

            const ProxyFetchKeyPackageResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ProxyFetchKeyPackageResponse.prototype.result = null;

            ProxyFetchKeyPackageResponse.create = function(properties) {
                return new ProxyFetchKeyPackageResponse(properties);
            };

            ProxyFetchKeyPackageResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.result != null && $Object.hasOwnProperty.call(m, "result"))
                    $root.qpq.v1.FetchKeyPackageResponse.encode(m.result, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ProxyFetchKeyPackageResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ProxyFetchKeyPackageResponse();
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
                            m.result = $root.qpq.v1.FetchKeyPackageResponse.decode(r, r.size(), $undefined, q + 1, m.result);
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

            return ProxyFetchKeyPackageResponse;
        })();

        v1.ProxyFetchHybridKeyRequest = (function() {

            const ProxyFetchHybridKeyRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ProxyFetchHybridKeyRequest.prototype.federation_auth = null;
            ProxyFetchHybridKeyRequest.prototype.fetch = null;

            ProxyFetchHybridKeyRequest.create = function(properties) {
                return new ProxyFetchHybridKeyRequest(properties);
            };

            ProxyFetchHybridKeyRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.federation_auth != null && $Object.hasOwnProperty.call(m, "federation_auth"))
                    $root.qpq.v1.FederationAuth.encode(m.federation_auth, w.uint32(10).fork(), q + 1).ldelim();
                if (m.fetch != null && $Object.hasOwnProperty.call(m, "fetch"))
                    $root.qpq.v1.FetchHybridKeyRequest.encode(m.fetch, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ProxyFetchHybridKeyRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ProxyFetchHybridKeyRequest();
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
                            m.federation_auth = $root.qpq.v1.FederationAuth.decode(r, r.size(), $undefined, q + 1, m.federation_auth);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.fetch = $root.qpq.v1.FetchHybridKeyRequest.decode(r, r.size(), $undefined, q + 1, m.fetch);
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

            return ProxyFetchHybridKeyRequest;
        })();

        v1.ProxyFetchHybridKeyResponse = (function() {

            const ProxyFetchHybridKeyResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ProxyFetchHybridKeyResponse.prototype.result = null;

            ProxyFetchHybridKeyResponse.create = function(properties) {
                return new ProxyFetchHybridKeyResponse(properties);
            };

            ProxyFetchHybridKeyResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.result != null && $Object.hasOwnProperty.call(m, "result"))
                    $root.qpq.v1.FetchHybridKeyResponse.encode(m.result, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ProxyFetchHybridKeyResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ProxyFetchHybridKeyResponse();
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
                            m.result = $root.qpq.v1.FetchHybridKeyResponse.decode(r, r.size(), $undefined, q + 1, m.result);
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

            return ProxyFetchHybridKeyResponse;
        })();

        v1.ProxyResolveUserRequest = (function() {

            const ProxyResolveUserRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ProxyResolveUserRequest.prototype.federation_auth = null;
            ProxyResolveUserRequest.prototype.resolve = null;

            ProxyResolveUserRequest.create = function(properties) {
                return new ProxyResolveUserRequest(properties);
            };

            ProxyResolveUserRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.federation_auth != null && $Object.hasOwnProperty.call(m, "federation_auth"))
                    $root.qpq.v1.FederationAuth.encode(m.federation_auth, w.uint32(10).fork(), q + 1).ldelim();
                if (m.resolve != null && $Object.hasOwnProperty.call(m, "resolve"))
                    $root.qpq.v1.ResolveUserRequest.encode(m.resolve, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ProxyResolveUserRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ProxyResolveUserRequest();
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
                            m.federation_auth = $root.qpq.v1.FederationAuth.decode(r, r.size(), $undefined, q + 1, m.federation_auth);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.resolve = $root.qpq.v1.ResolveUserRequest.decode(r, r.size(), $undefined, q + 1, m.resolve);
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

            return ProxyResolveUserRequest;
        })();

        v1.ProxyResolveUserResponse = (function() {

            const ProxyResolveUserResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ProxyResolveUserResponse.prototype.result = null;

            ProxyResolveUserResponse.create = function(properties) {
                return new ProxyResolveUserResponse(properties);
            };

            ProxyResolveUserResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.result != null && $Object.hasOwnProperty.call(m, "result"))
                    $root.qpq.v1.ResolveUserResponse.encode(m.result, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ProxyResolveUserResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ProxyResolveUserResponse();
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
                            m.result = $root.qpq.v1.ResolveUserResponse.decode(r, r.size(), $undefined, q + 1, m.result);
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

            return ProxyResolveUserResponse;
        })();

        v1.FederationHealthRequest = (function() {

            const FederationHealthRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FederationHealthRequest.prototype.federation_auth = null;

            FederationHealthRequest.create = function(properties) {
                return new FederationHealthRequest(properties);
            };

            FederationHealthRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.federation_auth != null && $Object.hasOwnProperty.call(m, "federation_auth"))
                    $root.qpq.v1.FederationAuth.encode(m.federation_auth, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FederationHealthRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FederationHealthRequest();
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
                            m.federation_auth = $root.qpq.v1.FederationAuth.decode(r, r.size(), $undefined, q + 1, m.federation_auth);
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

            return FederationHealthRequest;
        })();

        v1.FederationHealthResponse = (function() {

            const FederationHealthResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FederationHealthResponse.prototype.health = null;
            FederationHealthResponse.prototype.domain = "";
            FederationHealthResponse.prototype.server_time_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FederationHealthResponse.prototype.peer_known = false;
            FederationHealthResponse.prototype.link_back = null;

            FederationHealthResponse.create = function(properties) {
                return new FederationHealthResponse(properties);
            };

            FederationHealthResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.health != null && $Object.hasOwnProperty.call(m, "health"))
                    $root.qpq.v1.HealthResponse.encode(m.health, w.uint32(10).fork(), q + 1).ldelim();
                if (m.domain != null && $Object.hasOwnProperty.call(m, "domain") && m.domain !== "")
                    w.uint32(18).string(m.domain);
                if (m.server_time_ms != null && $Object.hasOwnProperty.call(m, "server_time_ms") && (typeof m.server_time_ms === "object" ? m.server_time_ms.low || m.server_time_ms.high : m.server_time_ms !== 0))
                    w.uint32(24).uint64(m.server_time_ms);
                if (m.peer_known != null && $Object.hasOwnProperty.call(m, "peer_known") && m.peer_known !== false)
                    w.uint32(32).bool(m.peer_known);
                if (m.link_back != null && $Object.hasOwnProperty.call(m, "link_back"))
                    $root.qpq.v1.FederationQueueState.encode(m.link_back, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FederationHealthResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FederationHealthResponse();
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
                            m.health = $root.qpq.v1.HealthResponse.decode(r, r.size(), $undefined, q + 1, m.health);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.domain = v;
                            else
                                delete m.domain;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.server_time_ms = v;
                            else
                                delete m.server_time_ms;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.peer_known = v;
                            else
                                delete m.peer_known;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.link_back = $root.qpq.v1.FederationQueueState.decode(r, r.size(), $undefined, q + 1, m.link_back);
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

            return FederationHealthResponse;
        })();

        v1.FederationQueueState = (function() {

            const FederationQueueState = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FederationQueueState.prototype.domain = "";
            FederationQueueState.prototype.pending = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FederationQueueState.prototype.oldest_enqueued_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FederationQueueState.prototype.last_success_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FederationQueueState.prototype.last_failure_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FederationQueueState.prototype.last_failure_reason = "";
            FederationQueueState.prototype.consecutive_failures = 0;
            FederationQueueState.prototype.next_retry_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            FederationQueueState.create = function(properties) {
                return new FederationQueueState(properties);
            };

            FederationQueueState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.domain != null && $Object.hasOwnProperty.call(m, "domain") && m.domain !== "")
                    w.uint32(10).string(m.domain);
                if (m.pending != null && $Object.hasOwnProperty.call(m, "pending") && (typeof m.pending === "object" ? m.pending.low || m.pending.high : m.pending !== 0))
                    w.uint32(16).uint64(m.pending);
                if (m.oldest_enqueued_ms != null && $Object.hasOwnProperty.call(m, "oldest_enqueued_ms") && (typeof m.oldest_enqueued_ms === "object" ? m.oldest_enqueued_ms.low || m.oldest_enqueued_ms.high : m.oldest_enqueued_ms !== 0))
                    w.uint32(24).uint64(m.oldest_enqueued_ms);
                if (m.last_success_ms != null && $Object.hasOwnProperty.call(m, "last_success_ms") && (typeof m.last_success_ms === "object" ? m.last_success_ms.low || m.last_success_ms.high : m.last_success_ms !== 0))
                    w.uint32(32).uint64(m.last_success_ms);
                if (m.last_failure_ms != null && $Object.hasOwnProperty.call(m, "last_failure_ms") && (typeof m.last_failure_ms === "object" ? m.last_failure_ms.low || m.last_failure_ms.high : m.last_failure_ms !== 0))
                    w.uint32(40).uint64(m.last_failure_ms);
                if (m.last_failure_reason != null && $Object.hasOwnProperty.call(m, "last_failure_reason") && m.last_failure_reason !== "")
                    w.uint32(50).string(m.last_failure_reason);
                if (m.consecutive_failures != null && $Object.hasOwnProperty.call(m, "consecutive_failures") && m.consecutive_failures !== 0)
                    w.uint32(56).uint32(m.consecutive_failures);
                if (m.next_retry_ms != null && $Object.hasOwnProperty.call(m, "next_retry_ms") && (typeof m.next_retry_ms === "object" ? m.next_retry_ms.low || m.next_retry_ms.high : m.next_retry_ms !== 0))
                    w.uint32(64).uint64(m.next_retry_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FederationQueueState.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FederationQueueState();
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
                                m.domain = v;
                            else
                                delete m.domain;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.pending = v;
                            else
                                delete m.pending;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.oldest_enqueued_ms = v;
                            else
                                delete m.oldest_enqueued_ms;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.last_success_ms = v;
                            else
                                delete m.last_success_ms;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.last_failure_ms = v;
                            else
                                delete m.last_failure_ms;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.last_failure_reason = v;
                            else
                                delete m.last_failure_reason;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.consecutive_failures = v;
                            else
                                delete m.consecutive_failures;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.next_retry_ms = v;
                            else
                                delete m.next_retry_ms;
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

            return FederationQueueState;
        })();

        v1.UploadKeyPackageRequest = (function() {

            const UploadKeyPackageRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UploadKeyPackageRequest.prototype.identity_key = $util.newBuffer([]);
            UploadKeyPackageRequest.prototype["package"] = $util.newBuffer([]);
            UploadKeyPackageRequest.prototype.auth = null;

            UploadKeyPackageRequest.create = function(properties) {
                return new UploadKeyPackageRequest(properties);
            };

            UploadKeyPackageRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m["package"] != null && $Object.hasOwnProperty.call(m, "package") && m["package"].length)
                    w.uint32(18).bytes(m["package"]);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            UploadKeyPackageRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.UploadKeyPackageRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m["package"] = v;
                            else
                                delete m["package"];
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return UploadKeyPackageRequest;
        })();

        v1.UploadKeyPackageResponse = (function() {

            const UploadKeyPackageResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UploadKeyPackageResponse.prototype.fingerprint = $util.newBuffer([]);
            UploadKeyPackageResponse.prototype.stored = 0;

            UploadKeyPackageResponse.create = function(properties) {
                return new UploadKeyPackageResponse(properties);
            };

            UploadKeyPackageResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.fingerprint != null && $Object.hasOwnProperty.call(m, "fingerprint") && m.fingerprint.length)
                    w.uint32(10).bytes(m.fingerprint);
                if (m.stored != null && $Object.hasOwnProperty.call(m, "stored") && m.stored !== 0)
                    w.uint32(128).uint32(m.stored);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            UploadKeyPackageResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.UploadKeyPackageResponse();
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
                                m.fingerprint = v;
                            else
                                delete m.fingerprint;
                            continue;
                        }
                    case 16: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.stored = v;
                            else
                                delete m.stored;
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

            return UploadKeyPackageResponse;
        })();

        v1.FetchKeyPackageRequest = (function() {

            const FetchKeyPackageRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchKeyPackageRequest.prototype.identity_key = $util.newBuffer([]);
            FetchKeyPackageRequest.prototype.auth = null;

            FetchKeyPackageRequest.create = function(properties) {
                return new FetchKeyPackageRequest(properties);
            };

            FetchKeyPackageRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchKeyPackageRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchKeyPackageRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return FetchKeyPackageRequest;
        })();

        v1.FetchKeyPackageResponse = (function() {

            const FetchKeyPackageResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchKeyPackageResponse.prototype["package"] = $util.newBuffer([]);

            FetchKeyPackageResponse.create = function(properties) {
                return new FetchKeyPackageResponse(properties);
            };

            FetchKeyPackageResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m["package"] != null && $Object.hasOwnProperty.call(m, "package") && m["package"].length)
                    w.uint32(10).bytes(m["package"]);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchKeyPackageResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchKeyPackageResponse();
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
                                m["package"] = v;
                            else
                                delete m["package"];
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

            return FetchKeyPackageResponse;
        })();

        v1.UploadHybridKeyRequest = (function() {

            const UploadHybridKeyRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UploadHybridKeyRequest.prototype.identity_key = $util.newBuffer([]);
            UploadHybridKeyRequest.prototype.hybrid_public_key = $util.newBuffer([]);
            UploadHybridKeyRequest.prototype.auth = null;

            UploadHybridKeyRequest.create = function(properties) {
                return new UploadHybridKeyRequest(properties);
            };

            UploadHybridKeyRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.hybrid_public_key != null && $Object.hasOwnProperty.call(m, "hybrid_public_key") && m.hybrid_public_key.length)
                    w.uint32(18).bytes(m.hybrid_public_key);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            UploadHybridKeyRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.UploadHybridKeyRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.hybrid_public_key = v;
                            else
                                delete m.hybrid_public_key;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return UploadHybridKeyRequest;
        })();

        v1.UploadHybridKeyResponse = (function() {

            const UploadHybridKeyResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UploadHybridKeyResponse.create = function(properties) {
                return new UploadHybridKeyResponse(properties);
            };

            UploadHybridKeyResponse.encode = function (m, w, q) {
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

            UploadHybridKeyResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.UploadHybridKeyResponse();
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

            return UploadHybridKeyResponse;
        })();

        v1.FetchHybridKeyRequest = (function() {

            const FetchHybridKeyRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchHybridKeyRequest.prototype.identity_key = $util.newBuffer([]);
            FetchHybridKeyRequest.prototype.auth = null;

            FetchHybridKeyRequest.create = function(properties) {
                return new FetchHybridKeyRequest(properties);
            };

            FetchHybridKeyRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchHybridKeyRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchHybridKeyRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return FetchHybridKeyRequest;
        })();

        v1.FetchHybridKeyResponse = (function() {

            const FetchHybridKeyResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchHybridKeyResponse.prototype.hybrid_public_key = $util.newBuffer([]);

            FetchHybridKeyResponse.create = function(properties) {
                return new FetchHybridKeyResponse(properties);
            };

            FetchHybridKeyResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.hybrid_public_key != null && $Object.hasOwnProperty.call(m, "hybrid_public_key") && m.hybrid_public_key.length)
                    w.uint32(10).bytes(m.hybrid_public_key);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchHybridKeyResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchHybridKeyResponse();
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
                                m.hybrid_public_key = v;
                            else
                                delete m.hybrid_public_key;
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

            return FetchHybridKeyResponse;
        })();

        v1.FetchHybridKeysRequest = (function() {

            const FetchHybridKeysRequest = function (p) {
                this.identity_keys = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchHybridKeysRequest.prototype.identity_keys = $util.emptyArray;
            FetchHybridKeysRequest.prototype.auth = null;

            FetchHybridKeysRequest.create = function(properties) {
                return new FetchHybridKeysRequest(properties);
            };

            FetchHybridKeysRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_keys != null && m.identity_keys.length) {
                    for (var i = 0; i < m.identity_keys.length; ++i)
                        w.uint32(10).bytes(m.identity_keys[i]);
                }
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchHybridKeysRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchHybridKeysRequest();
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
                            if (!(m.identity_keys && m.identity_keys.length))
                                m.identity_keys = [];
                            m.identity_keys.push(r.bytes());
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return FetchHybridKeysRequest;
        })();

        v1.FetchHybridKeysResponse = (function() {

            const FetchHybridKeysResponse = function (p) {
                this.keys = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchHybridKeysResponse.prototype.keys = $util.emptyArray;

            FetchHybridKeysResponse.create = function(properties) {
                return new FetchHybridKeysResponse(properties);
            };

            FetchHybridKeysResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.keys != null && m.keys.length) {
                    for (var i = 0; i < m.keys.length; ++i)
                        w.uint32(10).bytes(m.keys[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchHybridKeysResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchHybridKeysResponse();
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
                            if (!(m.keys && m.keys.length))
                                m.keys = [];
                            m.keys.push(r.bytes());
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

            return FetchHybridKeysResponse;
        })();

        v1.RevokeKeyRequest = (function() {

            const RevokeKeyRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RevokeKeyRequest.prototype.identity_key = $util.newBuffer([]);
            RevokeKeyRequest.prototype.reason = "";
            RevokeKeyRequest.prototype.auth = null;

            RevokeKeyRequest.create = function(properties) {
                return new RevokeKeyRequest(properties);
            };

            RevokeKeyRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(18).string(m.reason);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RevokeKeyRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RevokeKeyRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return RevokeKeyRequest;
        })();

        v1.RevokeKeyResponse = (function() {

            const RevokeKeyResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RevokeKeyResponse.prototype.success = false;
            RevokeKeyResponse.prototype.leaf_index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            RevokeKeyResponse.create = function(properties) {
                return new RevokeKeyResponse(properties);
            };

            RevokeKeyResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.success != null && $Object.hasOwnProperty.call(m, "success") && m.success !== false)
                    w.uint32(8).bool(m.success);
                if (m.leaf_index != null && $Object.hasOwnProperty.call(m, "leaf_index") && (typeof m.leaf_index === "object" ? m.leaf_index.low || m.leaf_index.high : m.leaf_index !== 0))
                    w.uint32(16).uint64(m.leaf_index);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RevokeKeyResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RevokeKeyResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.success = v;
                            else
                                delete m.success;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.leaf_index = v;
                            else
                                delete m.leaf_index;
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

            return RevokeKeyResponse;
        })();

        v1.CheckRevocationRequest = (function() {

            const CheckRevocationRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            CheckRevocationRequest.prototype.identity_key = $util.newBuffer([]);
            CheckRevocationRequest.prototype.auth = null;
            CheckRevocationRequest.prototype.known_tree_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            CheckRevocationRequest.create = function(properties) {
                return new CheckRevocationRequest(properties);
            };

            CheckRevocationRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.known_tree_size != null && $Object.hasOwnProperty.call(m, "known_tree_size") && (typeof m.known_tree_size === "object" ? m.known_tree_size.low || m.known_tree_size.high : m.known_tree_size !== 0))
                    w.uint32(128).uint64(m.known_tree_size);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            CheckRevocationRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.CheckRevocationRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
                            continue;
                        }
                    case 16: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.known_tree_size = v;
                            else
                                delete m.known_tree_size;
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

            return CheckRevocationRequest;
        })();

        v1.CheckRevocationResponse = (function() {

            const CheckRevocationResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            CheckRevocationResponse.prototype.revoked = false;
            CheckRevocationResponse.prototype.reason = "";
            CheckRevocationResponse.prototype.timestamp_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            CheckRevocationResponse.prototype.leaf = $util.newBuffer([]);
            CheckRevocationResponse.prototype.inclusion_proof = null;
            CheckRevocationResponse.prototype.tree_head = null;
            CheckRevocationResponse.prototype.consistency_proof = null;

            CheckRevocationResponse.create = function(properties) {
                return new CheckRevocationResponse(properties);
            };

            CheckRevocationResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.revoked != null && $Object.hasOwnProperty.call(m, "revoked") && m.revoked !== false)
                    w.uint32(8).bool(m.revoked);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(18).string(m.reason);
                if (m.timestamp_ms != null && $Object.hasOwnProperty.call(m, "timestamp_ms") && (typeof m.timestamp_ms === "object" ? m.timestamp_ms.low || m.timestamp_ms.high : m.timestamp_ms !== 0))
                    w.uint32(24).uint64(m.timestamp_ms);
                if (m.leaf != null && $Object.hasOwnProperty.call(m, "leaf") && m.leaf.length)
                    w.uint32(130).bytes(m.leaf);
                if (m.inclusion_proof != null && $Object.hasOwnProperty.call(m, "inclusion_proof"))
                    $root.qpq.v1.InclusionProof.encode(m.inclusion_proof, w.uint32(138).fork(), q + 1).ldelim();
                if (m.tree_head != null && $Object.hasOwnProperty.call(m, "tree_head"))
                    $root.qpq.v1.SignedTreeHead.encode(m.tree_head, w.uint32(146).fork(), q + 1).ldelim();
                if (m.consistency_proof != null && $Object.hasOwnProperty.call(m, "consistency_proof"))
                    $root.qpq.v1.ConsistencyProof.encode(m.consistency_proof, w.uint32(154).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            CheckRevocationResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.CheckRevocationResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.revoked = v;
                            else
                                delete m.revoked;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.timestamp_ms = v;
                            else
                                delete m.timestamp_ms;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.leaf = v;
                            else
                                delete m.leaf;
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.inclusion_proof = $root.qpq.v1.InclusionProof.decode(r, r.size(), $undefined, q + 1, m.inclusion_proof);
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.tree_head = $root.qpq.v1.SignedTreeHead.decode(r, r.size(), $undefined, q + 1, m.tree_head);
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.consistency_proof = $root.qpq.v1.ConsistencyProof.decode(r, r.size(), $undefined, q + 1, m.consistency_proof);
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

            return CheckRevocationResponse;
        })();

        v1.AuditKeyTransparencyRequest = (function() {

            const AuditKeyTransparencyRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            AuditKeyTransparencyRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AuditKeyTransparencyRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AuditKeyTransparencyRequest.prototype.auth = null;
            AuditKeyTransparencyRequest.prototype.identity_key = $util.newBuffer([]);
            AuditKeyTransparencyRequest.prototype.known_tree_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            AuditKeyTransparencyRequest.create = function(properties) {
                return new AuditKeyTransparencyRequest(properties);
            };

            AuditKeyTransparencyRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(8).uint64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(16).uint64(m.end);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(130).bytes(m.identity_key);
                if (m.known_tree_size != null && $Object.hasOwnProperty.call(m, "known_tree_size") && (typeof m.known_tree_size === "object" ? m.known_tree_size.low || m.known_tree_size.high : m.known_tree_size !== 0))
                    w.uint32(136).uint64(m.known_tree_size);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            AuditKeyTransparencyRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.AuditKeyTransparencyRequest();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 17: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.known_tree_size = v;
                            else
                                delete m.known_tree_size;
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

            return AuditKeyTransparencyRequest;
        })();

        v1.AuditKeyTransparencyResponse = (function() {

            const AuditKeyTransparencyResponse = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            AuditKeyTransparencyResponse.prototype.entries = $util.emptyArray;
            AuditKeyTransparencyResponse.prototype.tree_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AuditKeyTransparencyResponse.prototype.root = $util.newBuffer([]);
            AuditKeyTransparencyResponse.prototype.tree_head = null;
            AuditKeyTransparencyResponse.prototype.leaf = $util.newBuffer([]);
            AuditKeyTransparencyResponse.prototype.inclusion_proof = null;
            AuditKeyTransparencyResponse.prototype.consistency_proof = null;

            AuditKeyTransparencyResponse.create = function(properties) {
                return new AuditKeyTransparencyResponse(properties);
            };

            AuditKeyTransparencyResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.qpq.v1.LogEntry.encode(m.entries[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.tree_size != null && $Object.hasOwnProperty.call(m, "tree_size") && (typeof m.tree_size === "object" ? m.tree_size.low || m.tree_size.high : m.tree_size !== 0))
                    w.uint32(16).uint64(m.tree_size);
                if (m.root != null && $Object.hasOwnProperty.call(m, "root") && m.root.length)
                    w.uint32(26).bytes(m.root);
                if (m.tree_head != null && $Object.hasOwnProperty.call(m, "tree_head"))
                    $root.qpq.v1.SignedTreeHead.encode(m.tree_head, w.uint32(130).fork(), q + 1).ldelim();
                if (m.leaf != null && $Object.hasOwnProperty.call(m, "leaf") && m.leaf.length)
                    w.uint32(138).bytes(m.leaf);
                if (m.inclusion_proof != null && $Object.hasOwnProperty.call(m, "inclusion_proof"))
                    $root.qpq.v1.InclusionProof.encode(m.inclusion_proof, w.uint32(146).fork(), q + 1).ldelim();
                if (m.consistency_proof != null && $Object.hasOwnProperty.call(m, "consistency_proof"))
                    $root.qpq.v1.ConsistencyProof.encode(m.consistency_proof, w.uint32(154).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            AuditKeyTransparencyResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.AuditKeyTransparencyResponse();
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
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.qpq.v1.LogEntry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.tree_size = v;
                            else
                                delete m.tree_size;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.root = v;
                            else
                                delete m.root;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.tree_head = $root.qpq.v1.SignedTreeHead.decode(r, r.size(), $undefined, q + 1, m.tree_head);
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.leaf = v;
                            else
                                delete m.leaf;
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.inclusion_proof = $root.qpq.v1.InclusionProof.decode(r, r.size(), $undefined, q + 1, m.inclusion_proof);
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.consistency_proof = $root.qpq.v1.ConsistencyProof.decode(r, r.size(), $undefined, q + 1, m.consistency_proof);
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

            return AuditKeyTransparencyResponse;
        })();

        v1.LogEntry = (function() {

            const LogEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LogEntry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LogEntry.prototype.leaf_hash = $util.newBuffer([]);
            LogEntry.prototype.leaf = $util.newBuffer([]);

            LogEntry.create = function(properties) {
                return new LogEntry(properties);
            };

            LogEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(8).uint64(m.index);
                if (m.leaf_hash != null && $Object.hasOwnProperty.call(m, "leaf_hash") && m.leaf_hash.length)
                    w.uint32(18).bytes(m.leaf_hash);
                if (m.leaf != null && $Object.hasOwnProperty.call(m, "leaf") && m.leaf.length)
                    w.uint32(130).bytes(m.leaf);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LogEntry.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.LogEntry();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.leaf_hash = v;
                            else
                                delete m.leaf_hash;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.leaf = v;
                            else
                                delete m.leaf;
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

            return LogEntry;
        })();

        v1.KtLeaf = (function() {

            const KtLeaf = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            KtLeaf.prototype.kind = "";
            KtLeaf.prototype.username = "";
            KtLeaf.prototype.identity_key = $util.newBuffer([]);
            KtLeaf.prototype.reason = "";
            KtLeaf.prototype.timestamp_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            KtLeaf.create = function(properties) {
                return new KtLeaf(properties);
            };

            KtLeaf.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(10).string(m.kind);
                if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                    w.uint32(18).string(m.username);
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(26).bytes(m.identity_key);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(34).string(m.reason);
                if (m.timestamp_ms != null && $Object.hasOwnProperty.call(m, "timestamp_ms") && (typeof m.timestamp_ms === "object" ? m.timestamp_ms.low || m.timestamp_ms.high : m.timestamp_ms !== 0))
                    w.uint32(40).uint64(m.timestamp_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            KtLeaf.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.KtLeaf();
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
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.username = v;
                            else
                                delete m.username;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.timestamp_ms = v;
                            else
                                delete m.timestamp_ms;
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

            return KtLeaf;
        })();

        v1.SignedTreeHead = (function() {

            const SignedTreeHead = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            SignedTreeHead.prototype.tree_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SignedTreeHead.prototype.root_hash = $util.newBuffer([]);
            SignedTreeHead.prototype.timestamp_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SignedTreeHead.prototype.signature = $util.newBuffer([]);
            SignedTreeHead.prototype.signer_key = $util.newBuffer([]);

            SignedTreeHead.create = function(properties) {
                return new SignedTreeHead(properties);
            };

            SignedTreeHead.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tree_size != null && $Object.hasOwnProperty.call(m, "tree_size") && (typeof m.tree_size === "object" ? m.tree_size.low || m.tree_size.high : m.tree_size !== 0))
                    w.uint32(8).uint64(m.tree_size);
                if (m.root_hash != null && $Object.hasOwnProperty.call(m, "root_hash") && m.root_hash.length)
                    w.uint32(18).bytes(m.root_hash);
                if (m.timestamp_ms != null && $Object.hasOwnProperty.call(m, "timestamp_ms") && (typeof m.timestamp_ms === "object" ? m.timestamp_ms.low || m.timestamp_ms.high : m.timestamp_ms !== 0))
                    w.uint32(24).uint64(m.timestamp_ms);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(34).bytes(m.signature);
                if (m.signer_key != null && $Object.hasOwnProperty.call(m, "signer_key") && m.signer_key.length)
                    w.uint32(42).bytes(m.signer_key);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            SignedTreeHead.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.SignedTreeHead();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.tree_size = v;
                            else
                                delete m.tree_size;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.root_hash = v;
                            else
                                delete m.root_hash;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.timestamp_ms = v;
                            else
                                delete m.timestamp_ms;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signer_key = v;
                            else
                                delete m.signer_key;
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

            return SignedTreeHead;
        })();

        v1.InclusionProof = (function() {

            const InclusionProof = function (p) {
                this.audit_path = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            InclusionProof.prototype.leaf_index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            InclusionProof.prototype.tree_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            InclusionProof.prototype.audit_path = $util.emptyArray;

            InclusionProof.create = function(properties) {
                return new InclusionProof(properties);
            };

            InclusionProof.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.leaf_index != null && $Object.hasOwnProperty.call(m, "leaf_index") && (typeof m.leaf_index === "object" ? m.leaf_index.low || m.leaf_index.high : m.leaf_index !== 0))
                    w.uint32(8).uint64(m.leaf_index);
                if (m.tree_size != null && $Object.hasOwnProperty.call(m, "tree_size") && (typeof m.tree_size === "object" ? m.tree_size.low || m.tree_size.high : m.tree_size !== 0))
                    w.uint32(16).uint64(m.tree_size);
                if (m.audit_path != null && m.audit_path.length) {
                    for (var i = 0; i < m.audit_path.length; ++i)
                        w.uint32(26).bytes(m.audit_path[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            InclusionProof.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.InclusionProof();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.leaf_index = v;
                            else
                                delete m.leaf_index;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.tree_size = v;
                            else
                                delete m.tree_size;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.audit_path && m.audit_path.length))
                                m.audit_path = [];
                            m.audit_path.push(r.bytes());
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

            return InclusionProof;
        })();

        v1.ConsistencyProof = (function() {

            const ConsistencyProof = function (p) {
                this.path = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ConsistencyProof.prototype.first_tree_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConsistencyProof.prototype.second_tree_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConsistencyProof.prototype.path = $util.emptyArray;

            ConsistencyProof.create = function(properties) {
                return new ConsistencyProof(properties);
            };

            ConsistencyProof.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.first_tree_size != null && $Object.hasOwnProperty.call(m, "first_tree_size") && (typeof m.first_tree_size === "object" ? m.first_tree_size.low || m.first_tree_size.high : m.first_tree_size !== 0))
                    w.uint32(8).uint64(m.first_tree_size);
                if (m.second_tree_size != null && $Object.hasOwnProperty.call(m, "second_tree_size") && (typeof m.second_tree_size === "object" ? m.second_tree_size.low || m.second_tree_size.high : m.second_tree_size !== 0))
                    w.uint32(16).uint64(m.second_tree_size);
                if (m.path != null && m.path.length) {
                    for (var i = 0; i < m.path.length; ++i)
                        w.uint32(26).bytes(m.path[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ConsistencyProof.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ConsistencyProof();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.first_tree_size = v;
                            else
                                delete m.first_tree_size;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.second_tree_size = v;
                            else
                                delete m.second_tree_size;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.path && m.path.length))
                                m.path = [];
                            m.path.push(r.bytes());
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

            return ConsistencyProof;
        })();

        v1.KtPeerAlert = (function() {

            const KtPeerAlert = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            KtPeerAlert.prototype.domain = "";
            KtPeerAlert.prototype.kind = "";
            KtPeerAlert.prototype.detail = "";
            KtPeerAlert.prototype.raised_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            KtPeerAlert.prototype.earlier = null;
            KtPeerAlert.prototype.later = null;

            KtPeerAlert.create = function(properties) {
                return new KtPeerAlert(properties);
            };

            KtPeerAlert.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.domain != null && $Object.hasOwnProperty.call(m, "domain") && m.domain !== "")
                    w.uint32(10).string(m.domain);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(26).string(m.detail);
                if (m.raised_at_ms != null && $Object.hasOwnProperty.call(m, "raised_at_ms") && (typeof m.raised_at_ms === "object" ? m.raised_at_ms.low || m.raised_at_ms.high : m.raised_at_ms !== 0))
                    w.uint32(32).uint64(m.raised_at_ms);
                if (m.earlier != null && $Object.hasOwnProperty.call(m, "earlier"))
                    $root.qpq.v1.SignedTreeHead.encode(m.earlier, w.uint32(42).fork(), q + 1).ldelim();
                if (m.later != null && $Object.hasOwnProperty.call(m, "later"))
                    $root.qpq.v1.SignedTreeHead.encode(m.later, w.uint32(50).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            KtPeerAlert.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.KtPeerAlert();
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
                                m.domain = v;
                            else
                                delete m.domain;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.raised_at_ms = v;
                            else
                                delete m.raised_at_ms;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.earlier = $root.qpq.v1.SignedTreeHead.decode(r, r.size(), $undefined, q + 1, m.earlier);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.later = $root.qpq.v1.SignedTreeHead.decode(r, r.size(), $undefined, q + 1, m.later);
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

            return KtPeerAlert;
        })();

        v1.FetchPeerTreeHeadsRequest = (function() {

            const FetchPeerTreeHeadsRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchPeerTreeHeadsRequest.prototype.domain = "";
            FetchPeerTreeHeadsRequest.prototype.limit = 0;
            FetchPeerTreeHeadsRequest.prototype.auth = null;

            FetchPeerTreeHeadsRequest.create = function(properties) {
                return new FetchPeerTreeHeadsRequest(properties);
            };

            FetchPeerTreeHeadsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.domain != null && $Object.hasOwnProperty.call(m, "domain") && m.domain !== "")
                    w.uint32(10).string(m.domain);
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(16).uint32(m.limit);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchPeerTreeHeadsRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchPeerTreeHeadsRequest();
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
                                m.domain = v;
                            else
                                delete m.domain;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return FetchPeerTreeHeadsRequest;
        })();

        v1.FetchPeerTreeHeadsResponse = (function() {

            const FetchPeerTreeHeadsResponse = function (p) {
                this.heads = [];
                this.alerts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchPeerTreeHeadsResponse.prototype.heads = $util.emptyArray;
            FetchPeerTreeHeadsResponse.prototype.alerts = $util.emptyArray;
            FetchPeerTreeHeadsResponse.prototype.last_checked_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FetchPeerTreeHeadsResponse.prototype.signer_key = $util.newBuffer([]);

            FetchPeerTreeHeadsResponse.create = function(properties) {
                return new FetchPeerTreeHeadsResponse(properties);
            };

            FetchPeerTreeHeadsResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.heads != null && m.heads.length) {
                    for (var i = 0; i < m.heads.length; ++i)
                        $root.qpq.v1.SignedTreeHead.encode(m.heads[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.alerts != null && m.alerts.length) {
                    for (var i = 0; i < m.alerts.length; ++i)
                        $root.qpq.v1.KtPeerAlert.encode(m.alerts[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.last_checked_ms != null && $Object.hasOwnProperty.call(m, "last_checked_ms") && (typeof m.last_checked_ms === "object" ? m.last_checked_ms.low || m.last_checked_ms.high : m.last_checked_ms !== 0))
                    w.uint32(24).uint64(m.last_checked_ms);
                if (m.signer_key != null && $Object.hasOwnProperty.call(m, "signer_key") && m.signer_key.length)
                    w.uint32(34).bytes(m.signer_key);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchPeerTreeHeadsResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchPeerTreeHeadsResponse();
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
                            if (!(m.heads && m.heads.length))
                                m.heads = [];
                            m.heads.push($root.qpq.v1.SignedTreeHead.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.alerts && m.alerts.length))
                                m.alerts = [];
                            m.alerts.push($root.qpq.v1.KtPeerAlert.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.last_checked_ms = v;
                            else
                                delete m.last_checked_ms;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signer_key = v;
                            else
                                delete m.signer_key;
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

            return FetchPeerTreeHeadsResponse;
        })();

        v1.ResolveUserRequest = (function() {

            const ResolveUserRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResolveUserRequest.prototype.username = "";
            ResolveUserRequest.prototype.known_tree_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ResolveUserRequest.prototype.auth = null;

            ResolveUserRequest.create = function(properties) {
                return new ResolveUserRequest(properties);
            };

            ResolveUserRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                    w.uint32(10).string(m.username);
                if (m.known_tree_size != null && $Object.hasOwnProperty.call(m, "known_tree_size") && (typeof m.known_tree_size === "object" ? m.known_tree_size.low || m.known_tree_size.high : m.known_tree_size !== 0))
                    w.uint32(16).uint64(m.known_tree_size);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResolveUserRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ResolveUserRequest();
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
                                m.username = v;
                            else
                                delete m.username;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.known_tree_size = v;
                            else
                                delete m.known_tree_size;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return ResolveUserRequest;
        })();

        v1.ResolveUserResponse = (function() {

            const ResolveUserResponse = function (p) {
                this.peer_alerts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResolveUserResponse.prototype.identity_key = $util.newBuffer([]);
            ResolveUserResponse.prototype.leaf = $util.newBuffer([]);
            ResolveUserResponse.prototype.inclusion_proof = null;
            ResolveUserResponse.prototype.tree_head = null;
            ResolveUserResponse.prototype.consistency_proof = null;
            ResolveUserResponse.prototype.peer_alerts = $util.emptyArray;

            ResolveUserResponse.create = function(properties) {
                return new ResolveUserResponse(properties);
            };

            ResolveUserResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.leaf != null && $Object.hasOwnProperty.call(m, "leaf") && m.leaf.length)
                    w.uint32(18).bytes(m.leaf);
                if (m.inclusion_proof != null && $Object.hasOwnProperty.call(m, "inclusion_proof"))
                    $root.qpq.v1.InclusionProof.encode(m.inclusion_proof, w.uint32(26).fork(), q + 1).ldelim();
                if (m.tree_head != null && $Object.hasOwnProperty.call(m, "tree_head"))
                    $root.qpq.v1.SignedTreeHead.encode(m.tree_head, w.uint32(34).fork(), q + 1).ldelim();
                if (m.consistency_proof != null && $Object.hasOwnProperty.call(m, "consistency_proof"))
                    $root.qpq.v1.ConsistencyProof.encode(m.consistency_proof, w.uint32(42).fork(), q + 1).ldelim();
                if (m.peer_alerts != null && m.peer_alerts.length) {
                    for (var i = 0; i < m.peer_alerts.length; ++i)
                        $root.qpq.v1.KtPeerAlert.encode(m.peer_alerts[i], w.uint32(50).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResolveUserResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ResolveUserResponse();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.leaf = v;
                            else
                                delete m.leaf;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.inclusion_proof = $root.qpq.v1.InclusionProof.decode(r, r.size(), $undefined, q + 1, m.inclusion_proof);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.tree_head = $root.qpq.v1.SignedTreeHead.decode(r, r.size(), $undefined, q + 1, m.tree_head);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.consistency_proof = $root.qpq.v1.ConsistencyProof.decode(r, r.size(), $undefined, q + 1, m.consistency_proof);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.peer_alerts && m.peer_alerts.length))
                                m.peer_alerts = [];
                            m.peer_alerts.push($root.qpq.v1.KtPeerAlert.decode(r, r.size(), $undefined, q + 1));
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

            return ResolveUserResponse;
        })();

        v1.ResolveIdentityRequest = (function() {

            const ResolveIdentityRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResolveIdentityRequest.prototype.identity_key = $util.newBuffer([]);
            ResolveIdentityRequest.prototype.known_tree_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ResolveIdentityRequest.prototype.auth = null;

            ResolveIdentityRequest.create = function(properties) {
                return new ResolveIdentityRequest(properties);
            };

            ResolveIdentityRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.known_tree_size != null && $Object.hasOwnProperty.call(m, "known_tree_size") && (typeof m.known_tree_size === "object" ? m.known_tree_size.low || m.known_tree_size.high : m.known_tree_size !== 0))
                    w.uint32(16).uint64(m.known_tree_size);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResolveIdentityRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ResolveIdentityRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.known_tree_size = v;
                            else
                                delete m.known_tree_size;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return ResolveIdentityRequest;
        })();

        v1.ResolveIdentityResponse = (function() {

            const ResolveIdentityResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResolveIdentityResponse.prototype.username = "";
            ResolveIdentityResponse.prototype.registered_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ResolveIdentityResponse.prototype.revoked = false;
            ResolveIdentityResponse.prototype.leaf = $util.newBuffer([]);
            ResolveIdentityResponse.prototype.inclusion_proof = null;
            ResolveIdentityResponse.prototype.tree_head = null;
            ResolveIdentityResponse.prototype.consistency_proof = null;

            ResolveIdentityResponse.create = function(properties) {
                return new ResolveIdentityResponse(properties);
            };

            ResolveIdentityResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                    w.uint32(10).string(m.username);
                if (m.registered_at_ms != null && $Object.hasOwnProperty.call(m, "registered_at_ms") && (typeof m.registered_at_ms === "object" ? m.registered_at_ms.low || m.registered_at_ms.high : m.registered_at_ms !== 0))
                    w.uint32(16).uint64(m.registered_at_ms);
                if (m.revoked != null && $Object.hasOwnProperty.call(m, "revoked") && m.revoked !== false)
                    w.uint32(24).bool(m.revoked);
                if (m.leaf != null && $Object.hasOwnProperty.call(m, "leaf") && m.leaf.length)
                    w.uint32(34).bytes(m.leaf);
                if (m.inclusion_proof != null && $Object.hasOwnProperty.call(m, "inclusion_proof"))
                    $root.qpq.v1.InclusionProof.encode(m.inclusion_proof, w.uint32(42).fork(), q + 1).ldelim();
                if (m.tree_head != null && $Object.hasOwnProperty.call(m, "tree_head"))
                    $root.qpq.v1.SignedTreeHead.encode(m.tree_head, w.uint32(50).fork(), q + 1).ldelim();
                if (m.consistency_proof != null && $Object.hasOwnProperty.call(m, "consistency_proof"))
                    $root.qpq.v1.ConsistencyProof.encode(m.consistency_proof, w.uint32(58).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResolveIdentityResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ResolveIdentityResponse();
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
                                m.username = v;
                            else
                                delete m.username;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.registered_at_ms = v;
                            else
                                delete m.registered_at_ms;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.revoked = v;
                            else
                                delete m.revoked;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.leaf = v;
                            else
                                delete m.leaf;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.inclusion_proof = $root.qpq.v1.InclusionProof.decode(r, r.size(), $undefined, q + 1, m.inclusion_proof);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.tree_head = $root.qpq.v1.SignedTreeHead.decode(r, r.size(), $undefined, q + 1, m.tree_head);
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.consistency_proof = $root.qpq.v1.ConsistencyProof.decode(r, r.size(), $undefined, q + 1, m.consistency_proof);
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

            return ResolveIdentityResponse;
        })();

        v1.PublishEndpointRequest = (function() {

            const PublishEndpointRequest = function (p) {
                this.direct_addresses = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PublishEndpointRequest.prototype.node_id = $util.newBuffer([]);
            PublishEndpointRequest.prototype.relay_url = "";
            PublishEndpointRequest.prototype.direct_addresses = $util.emptyArray;
            PublishEndpointRequest.prototype.ttl_secs = 0;
            PublishEndpointRequest.prototype.auth = null;

            PublishEndpointRequest.create = function(properties) {
                return new PublishEndpointRequest(properties);
            };

            PublishEndpointRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node_id != null && $Object.hasOwnProperty.call(m, "node_id") && m.node_id.length)
                    w.uint32(10).bytes(m.node_id);
                if (m.relay_url != null && $Object.hasOwnProperty.call(m, "relay_url") && m.relay_url !== "")
                    w.uint32(18).string(m.relay_url);
                if (m.direct_addresses != null && m.direct_addresses.length) {
                    for (var i = 0; i < m.direct_addresses.length; ++i)
                        w.uint32(26).string(m.direct_addresses[i]);
                }
                if (m.ttl_secs != null && $Object.hasOwnProperty.call(m, "ttl_secs") && m.ttl_secs !== 0)
                    w.uint32(32).uint32(m.ttl_secs);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PublishEndpointRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.PublishEndpointRequest();
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
                                m.node_id = v;
                            else
                                delete m.node_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.relay_url = v;
                            else
                                delete m.relay_url;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.direct_addresses && m.direct_addresses.length))
                                m.direct_addresses = [];
                            m.direct_addresses.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ttl_secs = v;
                            else
                                delete m.ttl_secs;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return PublishEndpointRequest;
        })();

        v1.PublishEndpointResponse = (function() {

            const PublishEndpointResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PublishEndpointResponse.prototype.expires_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            PublishEndpointResponse.create = function(properties) {
                return new PublishEndpointResponse(properties);
            };

            PublishEndpointResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.expires_at_ms != null && $Object.hasOwnProperty.call(m, "expires_at_ms") && (typeof m.expires_at_ms === "object" ? m.expires_at_ms.low || m.expires_at_ms.high : m.expires_at_ms !== 0))
                    w.uint32(8).uint64(m.expires_at_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PublishEndpointResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.PublishEndpointResponse();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.expires_at_ms = v;
                            else
                                delete m.expires_at_ms;
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

            return PublishEndpointResponse;
        })();

        v1.ResolveEndpointRequest = (function() {

            const ResolveEndpointRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResolveEndpointRequest.prototype.identity_key = $util.newBuffer([]);
            ResolveEndpointRequest.prototype.auth = null;

            ResolveEndpointRequest.create = function(properties) {
                return new ResolveEndpointRequest(properties);
            };

            ResolveEndpointRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResolveEndpointRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ResolveEndpointRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return ResolveEndpointRequest;
        })();

        v1.ResolveEndpointResponse = (function() {

            const ResolveEndpointResponse = function (p) {
                this.direct_addresses = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResolveEndpointResponse.prototype.node_id = $util.newBuffer([]);
            ResolveEndpointResponse.prototype.relay_url = "";
            ResolveEndpointResponse.prototype.direct_addresses = $util.emptyArray;
            ResolveEndpointResponse.prototype.published_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ResolveEndpointResponse.prototype.expires_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ResolveEndpointResponse.create = function(properties) {
                return new ResolveEndpointResponse(properties);
            };

            ResolveEndpointResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node_id != null && $Object.hasOwnProperty.call(m, "node_id") && m.node_id.length)
                    w.uint32(10).bytes(m.node_id);
                if (m.relay_url != null && $Object.hasOwnProperty.call(m, "relay_url") && m.relay_url !== "")
                    w.uint32(18).string(m.relay_url);
                if (m.direct_addresses != null && m.direct_addresses.length) {
                    for (var i = 0; i < m.direct_addresses.length; ++i)
                        w.uint32(26).string(m.direct_addresses[i]);
                }
                if (m.published_at_ms != null && $Object.hasOwnProperty.call(m, "published_at_ms") && (typeof m.published_at_ms === "object" ? m.published_at_ms.low || m.published_at_ms.high : m.published_at_ms !== 0))
                    w.uint32(32).uint64(m.published_at_ms);
                if (m.expires_at_ms != null && $Object.hasOwnProperty.call(m, "expires_at_ms") && (typeof m.expires_at_ms === "object" ? m.expires_at_ms.low || m.expires_at_ms.high : m.expires_at_ms !== 0))
                    w.uint32(40).uint64(m.expires_at_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResolveEndpointResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ResolveEndpointResponse();
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
                                m.node_id = v;
                            else
                                delete m.node_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.relay_url = v;
                            else
                                delete m.relay_url;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.direct_addresses && m.direct_addresses.length))
                                m.direct_addresses = [];
                            m.direct_addresses.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.published_at_ms = v;
                            else
                                delete m.published_at_ms;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.expires_at_ms = v;
                            else
                                delete m.expires_at_ms;
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

            return ResolveEndpointResponse;
        })();

        v1.HealthRequest = (function() {

            const HealthRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            HealthRequest.create = function(properties) {
                return new HealthRequest(properties);
            };

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

            return HealthRequest;
        })();

        v1.HealthResponse = (function() {

            const HealthResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            HealthResponse.prototype.status = "";
            HealthResponse.prototype.uptime_secs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            HealthResponse.prototype.server_version = "";
            HealthResponse.prototype.delivery_proof_key = $util.newBuffer([]);
            HealthResponse.prototype.federation_domain = "";

            HealthResponse.create = function(properties) {
                return new HealthResponse(properties);
            };

            HealthResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                    w.uint32(10).string(m.status);
                if (m.uptime_secs != null && $Object.hasOwnProperty.call(m, "uptime_secs") && (typeof m.uptime_secs === "object" ? m.uptime_secs.low || m.uptime_secs.high : m.uptime_secs !== 0))
                    w.uint32(16).uint64(m.uptime_secs);
                if (m.server_version != null && $Object.hasOwnProperty.call(m, "server_version") && m.server_version !== "")
                    w.uint32(26).string(m.server_version);
                if (m.delivery_proof_key != null && $Object.hasOwnProperty.call(m, "delivery_proof_key") && m.delivery_proof_key.length)
                    w.uint32(34).bytes(m.delivery_proof_key);
                if (m.federation_domain != null && $Object.hasOwnProperty.call(m, "federation_domain") && m.federation_domain !== "")
                    w.uint32(42).string(m.federation_domain);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

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
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.delivery_proof_key = v;
                            else
                                delete m.delivery_proof_key;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.federation_domain = v;
                            else
                                delete m.federation_domain;
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

            return HealthResponse;
        })();

        v1.GroupMetadata = (function() {

            const GroupMetadata = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            GroupMetadata.prototype.name = "";
            GroupMetadata.prototype.description = "";
            GroupMetadata.prototype.avatar_blob_id = $util.newBuffer([]);
            GroupMetadata.prototype.settings = $util.newBuffer([]);

            GroupMetadata.create = function(properties) {
                return new GroupMetadata(properties);
            };

            GroupMetadata.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                    w.uint32(18).string(m.description);
                if (m.avatar_blob_id != null && $Object.hasOwnProperty.call(m, "avatar_blob_id") && m.avatar_blob_id.length)
                    w.uint32(26).bytes(m.avatar_blob_id);
                if (m.settings != null && $Object.hasOwnProperty.call(m, "settings") && m.settings.length)
                    w.uint32(34).bytes(m.settings);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            GroupMetadata.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.GroupMetadata();
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
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.description = v;
                            else
                                delete m.description;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.avatar_blob_id = v;
                            else
                                delete m.avatar_blob_id;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.settings = v;
                            else
                                delete m.settings;
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

            return GroupMetadata;
        })();

        v1.GroupMember = (function() {

            const GroupMember = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            GroupMember.prototype.identity_key = $util.newBuffer([]);
            GroupMember.prototype.username = "";
            GroupMember.prototype.admin = false;
            GroupMember.prototype.joined_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            GroupMember.create = function(properties) {
                return new GroupMember(properties);
            };

            GroupMember.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                    w.uint32(18).string(m.username);
                if (m.admin != null && $Object.hasOwnProperty.call(m, "admin") && m.admin !== false)
                    w.uint32(24).bool(m.admin);
                if (m.joined_at_ms != null && $Object.hasOwnProperty.call(m, "joined_at_ms") && (typeof m.joined_at_ms === "object" ? m.joined_at_ms.low || m.joined_at_ms.high : m.joined_at_ms !== 0))
                    w.uint32(32).uint64(m.joined_at_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            GroupMember.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.GroupMember();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.username = v;
                            else
                                delete m.username;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.admin = v;
                            else
                                delete m.admin;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.joined_at_ms = v;
                            else
                                delete m.joined_at_ms;
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

            return GroupMember;
        })();

        v1.RemoveMemberRequest = (function() {

            const RemoveMemberRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RemoveMemberRequest.prototype.group_id = $util.newBuffer([]);
            RemoveMemberRequest.prototype.member_key = $util.newBuffer([]);
            RemoveMemberRequest.prototype.auth = null;

            RemoveMemberRequest.create = function(properties) {
                return new RemoveMemberRequest(properties);
            };

            RemoveMemberRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.group_id != null && $Object.hasOwnProperty.call(m, "group_id") && m.group_id.length)
                    w.uint32(10).bytes(m.group_id);
                if (m.member_key != null && $Object.hasOwnProperty.call(m, "member_key") && m.member_key.length)
                    w.uint32(18).bytes(m.member_key);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RemoveMemberRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RemoveMemberRequest();
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
                                m.group_id = v;
                            else
                                delete m.group_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.member_key = v;
                            else
                                delete m.member_key;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return RemoveMemberRequest;
        })();

        v1.RemoveMemberResponse = (function() {

            const RemoveMemberResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RemoveMemberResponse.prototype.removed = false;

            RemoveMemberResponse.create = function(properties) {
                return new RemoveMemberResponse(properties);
            };

            RemoveMemberResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.removed != null && $Object.hasOwnProperty.call(m, "removed") && m.removed !== false)
                    w.uint32(8).bool(m.removed);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RemoveMemberResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RemoveMemberResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.removed = v;
                            else
                                delete m.removed;
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

            return RemoveMemberResponse;
        })();

        v1.UpdateGroupMetadataRequest = (function() {

            const UpdateGroupMetadataRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UpdateGroupMetadataRequest.prototype.group_id = $util.newBuffer([]);
            UpdateGroupMetadataRequest.prototype.metadata = null;
            UpdateGroupMetadataRequest.prototype.auth = null;

            UpdateGroupMetadataRequest.create = function(properties) {
                return new UpdateGroupMetadataRequest(properties);
            };

            UpdateGroupMetadataRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.group_id != null && $Object.hasOwnProperty.call(m, "group_id") && m.group_id.length)
                    w.uint32(10).bytes(m.group_id);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.qpq.v1.GroupMetadata.encode(m.metadata, w.uint32(18).fork(), q + 1).ldelim();
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            UpdateGroupMetadataRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.UpdateGroupMetadataRequest();
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
                                m.group_id = v;
                            else
                                delete m.group_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.qpq.v1.GroupMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return UpdateGroupMetadataRequest;
        })();

        v1.UpdateGroupMetadataResponse = (function() {

            const UpdateGroupMetadataResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UpdateGroupMetadataResponse.prototype.updated_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            UpdateGroupMetadataResponse.create = function(properties) {
                return new UpdateGroupMetadataResponse(properties);
            };

            UpdateGroupMetadataResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.updated_at_ms != null && $Object.hasOwnProperty.call(m, "updated_at_ms") && (typeof m.updated_at_ms === "object" ? m.updated_at_ms.low || m.updated_at_ms.high : m.updated_at_ms !== 0))
                    w.uint32(8).uint64(m.updated_at_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            UpdateGroupMetadataResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.UpdateGroupMetadataResponse();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.updated_at_ms = v;
                            else
                                delete m.updated_at_ms;
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

            return UpdateGroupMetadataResponse;
        })();

        v1.ListGroupMembersRequest = (function() {

            const ListGroupMembersRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ListGroupMembersRequest.prototype.group_id = $util.newBuffer([]);
            ListGroupMembersRequest.prototype.limit = 0;
            ListGroupMembersRequest.prototype.cursor = $util.newBuffer([]);
            ListGroupMembersRequest.prototype.auth = null;

            ListGroupMembersRequest.create = function(properties) {
                return new ListGroupMembersRequest(properties);
            };

            ListGroupMembersRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.group_id != null && $Object.hasOwnProperty.call(m, "group_id") && m.group_id.length)
                    w.uint32(10).bytes(m.group_id);
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(16).uint32(m.limit);
                if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor") && m.cursor.length)
                    w.uint32(26).bytes(m.cursor);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ListGroupMembersRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ListGroupMembersRequest();
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
                                m.group_id = v;
                            else
                                delete m.group_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.cursor = v;
                            else
                                delete m.cursor;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return ListGroupMembersRequest;
        })();

        v1.ListGroupMembersResponse = (function() {

            const ListGroupMembersResponse = function (p) {
                this.members = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ListGroupMembersResponse.prototype.members = $util.emptyArray;
            ListGroupMembersResponse.prototype.next_cursor = $util.newBuffer([]);
            ListGroupMembersResponse.prototype.metadata = null;
            ListGroupMembersResponse.prototype.metadata_updated_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ListGroupMembersResponse.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ListGroupMembersResponse.create = function(properties) {
                return new ListGroupMembersResponse(properties);
            };

            ListGroupMembersResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.members != null && m.members.length) {
                    for (var i = 0; i < m.members.length; ++i)
                        $root.qpq.v1.GroupMember.encode(m.members[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.next_cursor != null && $Object.hasOwnProperty.call(m, "next_cursor") && m.next_cursor.length)
                    w.uint32(18).bytes(m.next_cursor);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.qpq.v1.GroupMetadata.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.metadata_updated_at_ms != null && $Object.hasOwnProperty.call(m, "metadata_updated_at_ms") && (typeof m.metadata_updated_at_ms === "object" ? m.metadata_updated_at_ms.low || m.metadata_updated_at_ms.high : m.metadata_updated_at_ms !== 0))
                    w.uint32(32).uint64(m.metadata_updated_at_ms);
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && (typeof m.epoch === "object" ? m.epoch.low || m.epoch.high : m.epoch !== 0))
                    w.uint32(40).uint64(m.epoch);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ListGroupMembersResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ListGroupMembersResponse();
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
                            if (!(m.members && m.members.length))
                                m.members = [];
                            m.members.push($root.qpq.v1.GroupMember.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.next_cursor = v;
                            else
                                delete m.next_cursor;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.qpq.v1.GroupMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.metadata_updated_at_ms = v;
                            else
                                delete m.metadata_updated_at_ms;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.epoch = v;
                            else
                                delete m.epoch;
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

            return ListGroupMembersResponse;
        })();

        v1.RotateKeysRequest = (function() {

            const RotateKeysRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RotateKeysRequest.prototype.group_id = $util.newBuffer([]);
            RotateKeysRequest.prototype.commit = $util.newBuffer([]);
            RotateKeysRequest.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RotateKeysRequest.prototype.message_id = $util.newBuffer([]);
            RotateKeysRequest.prototype.auth = null;

            RotateKeysRequest.create = function(properties) {
                return new RotateKeysRequest(properties);
            };

            RotateKeysRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.group_id != null && $Object.hasOwnProperty.call(m, "group_id") && m.group_id.length)
                    w.uint32(10).bytes(m.group_id);
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && m.commit.length)
                    w.uint32(18).bytes(m.commit);
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && (typeof m.epoch === "object" ? m.epoch.low || m.epoch.high : m.epoch !== 0))
                    w.uint32(24).uint64(m.epoch);
                if (m.message_id != null && $Object.hasOwnProperty.call(m, "message_id") && m.message_id.length)
                    w.uint32(34).bytes(m.message_id);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RotateKeysRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RotateKeysRequest();
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
                                m.group_id = v;
                            else
                                delete m.group_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.commit = v;
                            else
                                delete m.commit;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.message_id = v;
                            else
                                delete m.message_id;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return RotateKeysRequest;
        })();

        v1.RotateKeysResponse = (function() {

            const RotateKeysResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RotateKeysResponse.prototype.accepted = false;
            RotateKeysResponse.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RotateKeysResponse.prototype.recipient_count = 0;

            RotateKeysResponse.create = function(properties) {
                return new RotateKeysResponse(properties);
            };

            RotateKeysResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted") && m.accepted !== false)
                    w.uint32(8).bool(m.accepted);
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && (typeof m.epoch === "object" ? m.epoch.low || m.epoch.high : m.epoch !== 0))
                    w.uint32(16).uint64(m.epoch);
                if (m.recipient_count != null && $Object.hasOwnProperty.call(m, "recipient_count") && m.recipient_count !== 0)
                    w.uint32(24).uint32(m.recipient_count);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RotateKeysResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.RotateKeysResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.accepted = v;
                            else
                                delete m.accepted;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.recipient_count = v;
                            else
                                delete m.recipient_count;
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

            return RotateKeysResponse;
        })();

        v1.MeshEnvelope = (function() {

            const MeshEnvelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshEnvelope.prototype.id = $util.newBuffer([]);
            MeshEnvelope.prototype.origin_key = $util.newBuffer([]);
            MeshEnvelope.prototype.recipient_key = $util.newBuffer([]);
            MeshEnvelope.prototype.topic = $util.newBuffer([]);
            MeshEnvelope.prototype.channel_id = $util.newBuffer([]);
            MeshEnvelope.prototype.created_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MeshEnvelope.prototype.ttl_secs = 0;
            MeshEnvelope.prototype.hop_count = 0;
            MeshEnvelope.prototype.max_hops = 0;
            MeshEnvelope.prototype.payload = $util.newBuffer([]);
            MeshEnvelope.prototype.signature = $util.newBuffer([]);

            MeshEnvelope.create = function(properties) {
                return new MeshEnvelope(properties);
            };

            MeshEnvelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id.length)
                    w.uint32(10).bytes(m.id);
                if (m.origin_key != null && $Object.hasOwnProperty.call(m, "origin_key") && m.origin_key.length)
                    w.uint32(18).bytes(m.origin_key);
                if (m.recipient_key != null && $Object.hasOwnProperty.call(m, "recipient_key") && m.recipient_key.length)
                    w.uint32(26).bytes(m.recipient_key);
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic.length)
                    w.uint32(34).bytes(m.topic);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(42).bytes(m.channel_id);
                if (m.created_at_ms != null && $Object.hasOwnProperty.call(m, "created_at_ms") && (typeof m.created_at_ms === "object" ? m.created_at_ms.low || m.created_at_ms.high : m.created_at_ms !== 0))
                    w.uint32(48).uint64(m.created_at_ms);
                if (m.ttl_secs != null && $Object.hasOwnProperty.call(m, "ttl_secs") && m.ttl_secs !== 0)
                    w.uint32(56).uint32(m.ttl_secs);
                if (m.hop_count != null && $Object.hasOwnProperty.call(m, "hop_count") && m.hop_count !== 0)
                    w.uint32(64).uint32(m.hop_count);
                if (m.max_hops != null && $Object.hasOwnProperty.call(m, "max_hops") && m.max_hops !== 0)
                    w.uint32(72).uint32(m.max_hops);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(82).bytes(m.payload);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(90).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshEnvelope.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshEnvelope();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.origin_key = v;
                            else
                                delete m.origin_key;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.recipient_key = v;
                            else
                                delete m.recipient_key;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.created_at_ms = v;
                            else
                                delete m.created_at_ms;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ttl_secs = v;
                            else
                                delete m.ttl_secs;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.hop_count = v;
                            else
                                delete m.hop_count;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.max_hops = v;
                            else
                                delete m.max_hops;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
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

            return MeshEnvelope;
        })();

        v1.MeshAnnounce = (function() {

            const MeshAnnounce = function (p) {
                this.destinations = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshAnnounce.prototype.node_key = $util.newBuffer([]);
            MeshAnnounce.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MeshAnnounce.prototype.ttl_secs = 0;
            MeshAnnounce.prototype.destinations = $util.emptyArray;
            MeshAnnounce.prototype.hop_count = 0;
            MeshAnnounce.prototype.signature = $util.newBuffer([]);

            MeshAnnounce.create = function(properties) {
                return new MeshAnnounce(properties);
            };

            MeshAnnounce.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node_key != null && $Object.hasOwnProperty.call(m, "node_key") && m.node_key.length)
                    w.uint32(10).bytes(m.node_key);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(16).uint64(m.seq);
                if (m.ttl_secs != null && $Object.hasOwnProperty.call(m, "ttl_secs") && m.ttl_secs !== 0)
                    w.uint32(24).uint32(m.ttl_secs);
                if (m.destinations != null && m.destinations.length) {
                    for (var i = 0; i < m.destinations.length; ++i)
                        w.uint32(34).bytes(m.destinations[i]);
                }
                if (m.hop_count != null && $Object.hasOwnProperty.call(m, "hop_count") && m.hop_count !== 0)
                    w.uint32(40).uint32(m.hop_count);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(50).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshAnnounce.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshAnnounce();
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
                                m.node_key = v;
                            else
                                delete m.node_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ttl_secs = v;
                            else
                                delete m.ttl_secs;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.destinations && m.destinations.length))
                                m.destinations = [];
                            m.destinations.push(r.bytes());
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.hop_count = v;
                            else
                                delete m.hop_count;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
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

            return MeshAnnounce;
        })();

        v1.MeshEnvelopes = (function() {

            const MeshEnvelopes = function (p) {
                this.envelopes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshEnvelopes.prototype.envelopes = $util.emptyArray;

            MeshEnvelopes.create = function(properties) {
                return new MeshEnvelopes(properties);
            };

            MeshEnvelopes.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.envelopes != null && m.envelopes.length) {
                    for (var i = 0; i < m.envelopes.length; ++i)
                        $root.qpq.v1.MeshEnvelope.encode(m.envelopes[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshEnvelopes.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshEnvelopes();
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
                            if (!(m.envelopes && m.envelopes.length))
                                m.envelopes = [];
                            m.envelopes.push($root.qpq.v1.MeshEnvelope.decode(r, r.size(), $undefined, q + 1));
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

            return MeshEnvelopes;
        })();

        v1.MeshSummary = (function() {

            const MeshSummary = function (p) {
                this.refs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshSummary.prototype.refs = $util.emptyArray;

            MeshSummary.create = function(properties) {
                return new MeshSummary(properties);
            };

            MeshSummary.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.refs != null && m.refs.length) {
                    for (var i = 0; i < m.refs.length; ++i)
                        w.uint32(10).bytes(m.refs[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshSummary.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshSummary();
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
                            if (!(m.refs && m.refs.length))
                                m.refs = [];
                            m.refs.push(r.bytes());
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

            return MeshSummary;
        })();

        v1.MeshWant = (function() {

            const MeshWant = function (p) {
                this.refs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshWant.prototype.refs = $util.emptyArray;

            MeshWant.create = function(properties) {
                return new MeshWant(properties);
            };

            MeshWant.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.refs != null && m.refs.length) {
                    for (var i = 0; i < m.refs.length; ++i)
                        w.uint32(10).bytes(m.refs[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshWant.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshWant();
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
                            if (!(m.refs && m.refs.length))
                                m.refs = [];
                            m.refs.push(r.bytes());
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

            return MeshWant;
        })();

        v1.MeshDelivered = (function() {

            const MeshDelivered = function (p) {
                this.refs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshDelivered.prototype.refs = $util.emptyArray;

            MeshDelivered.create = function(properties) {
                return new MeshDelivered(properties);
            };

            MeshDelivered.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.refs != null && m.refs.length) {
                    for (var i = 0; i < m.refs.length; ++i)
                        w.uint32(10).bytes(m.refs[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshDelivered.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshDelivered();
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
                            if (!(m.refs && m.refs.length))
                                m.refs = [];
                            m.refs.push(r.bytes());
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

            return MeshDelivered;
        })();

        v1.MeshPing = (function() {

            const MeshPing = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshPing.create = function(properties) {
                return new MeshPing(properties);
            };

            MeshPing.encode = function (m, w, q) {
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

            MeshPing.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshPing();
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

            return MeshPing;
        })();

        v1.MeshFrame = (function() {

            const MeshFrame = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshFrame.prototype.envelopes = null;
            MeshFrame.prototype.summary = null;
            MeshFrame.prototype.want = null;
            MeshFrame.prototype.announce = null;
            MeshFrame.prototype.delivered = null;
            MeshFrame.prototype.ping = null;

            let $oneOfFields;

            $Object.defineProperty(MeshFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["envelopes", "summary", "want", "announce", "delivered", "ping"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            MeshFrame.create = function(properties) {
                return new MeshFrame(properties);
            };

            MeshFrame.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.envelopes != null && $Object.hasOwnProperty.call(m, "envelopes"))
                    $root.qpq.v1.MeshEnvelopes.encode(m.envelopes, w.uint32(10).fork(), q + 1).ldelim();
                if (m.summary != null && $Object.hasOwnProperty.call(m, "summary"))
                    $root.qpq.v1.MeshSummary.encode(m.summary, w.uint32(18).fork(), q + 1).ldelim();
                if (m.want != null && $Object.hasOwnProperty.call(m, "want"))
                    $root.qpq.v1.MeshWant.encode(m.want, w.uint32(26).fork(), q + 1).ldelim();
                if (m.announce != null && $Object.hasOwnProperty.call(m, "announce"))
                    $root.qpq.v1.MeshAnnounce.encode(m.announce, w.uint32(34).fork(), q + 1).ldelim();
                if (m.delivered != null && $Object.hasOwnProperty.call(m, "delivered"))
                    $root.qpq.v1.MeshDelivered.encode(m.delivered, w.uint32(42).fork(), q + 1).ldelim();
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping"))
                    $root.qpq.v1.MeshPing.encode(m.ping, w.uint32(50).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshFrame.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshFrame();
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
                            m.envelopes = $root.qpq.v1.MeshEnvelopes.decode(r, r.size(), $undefined, q + 1, m.envelopes);
                            m.body = "envelopes";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.summary = $root.qpq.v1.MeshSummary.decode(r, r.size(), $undefined, q + 1, m.summary);
                            m.body = "summary";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.want = $root.qpq.v1.MeshWant.decode(r, r.size(), $undefined, q + 1, m.want);
                            m.body = "want";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.announce = $root.qpq.v1.MeshAnnounce.decode(r, r.size(), $undefined, q + 1, m.announce);
                            m.body = "announce";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.delivered = $root.qpq.v1.MeshDelivered.decode(r, r.size(), $undefined, q + 1, m.delivered);
                            m.body = "delivered";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.ping = $root.qpq.v1.MeshPing.decode(r, r.size(), $undefined, q + 1, m.ping);
                            m.body = "ping";
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

            return MeshFrame;
        })();

        v1.MeshSubscribeRequest = (function() {

            const MeshSubscribeRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshSubscribeRequest.prototype.topic = $util.newBuffer([]);
            MeshSubscribeRequest.prototype.auth = null;

            MeshSubscribeRequest.create = function(properties) {
                return new MeshSubscribeRequest(properties);
            };

            MeshSubscribeRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic.length)
                    w.uint32(10).bytes(m.topic);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshSubscribeRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshSubscribeRequest();
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
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return MeshSubscribeRequest;
        })();

        v1.MeshSubscribeResponse = (function() {

            const MeshSubscribeResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshSubscribeResponse.create = function(properties) {
                return new MeshSubscribeResponse(properties);
            };

            MeshSubscribeResponse.encode = function (m, w, q) {
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

            MeshSubscribeResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshSubscribeResponse();
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

            return MeshSubscribeResponse;
        })();

        v1.MeshUnsubscribeRequest = (function() {

            const MeshUnsubscribeRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshUnsubscribeRequest.prototype.topic = $util.newBuffer([]);
            MeshUnsubscribeRequest.prototype.auth = null;

            MeshUnsubscribeRequest.create = function(properties) {
                return new MeshUnsubscribeRequest(properties);
            };

            MeshUnsubscribeRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic.length)
                    w.uint32(10).bytes(m.topic);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshUnsubscribeRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshUnsubscribeRequest();
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
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return MeshUnsubscribeRequest;
        })();

        v1.MeshUnsubscribeResponse = (function() {

            const MeshUnsubscribeResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshUnsubscribeResponse.create = function(properties) {
                return new MeshUnsubscribeResponse(properties);
            };

            MeshUnsubscribeResponse.encode = function (m, w, q) {
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

            MeshUnsubscribeResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshUnsubscribeResponse();
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

            return MeshUnsubscribeResponse;
        })();

        v1.MeshBroadcastRequest = (function() {

            const MeshBroadcastRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshBroadcastRequest.prototype.topic = $util.newBuffer([]);
            MeshBroadcastRequest.prototype.payload = $util.newBuffer([]);
            MeshBroadcastRequest.prototype.ttl_secs = 0;
            MeshBroadcastRequest.prototype.max_hops = 0;
            MeshBroadcastRequest.prototype.auth = null;

            MeshBroadcastRequest.create = function(properties) {
                return new MeshBroadcastRequest(properties);
            };

            MeshBroadcastRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic.length)
                    w.uint32(10).bytes(m.topic);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(18).bytes(m.payload);
                if (m.ttl_secs != null && $Object.hasOwnProperty.call(m, "ttl_secs") && m.ttl_secs !== 0)
                    w.uint32(24).uint32(m.ttl_secs);
                if (m.max_hops != null && $Object.hasOwnProperty.call(m, "max_hops") && m.max_hops !== 0)
                    w.uint32(32).uint32(m.max_hops);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshBroadcastRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshBroadcastRequest();
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
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ttl_secs = v;
                            else
                                delete m.ttl_secs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.max_hops = v;
                            else
                                delete m.max_hops;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return MeshBroadcastRequest;
        })();

        v1.MeshBroadcastResponse = (function() {

            const MeshBroadcastResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshBroadcastResponse.prototype.id = $util.newBuffer([]);

            MeshBroadcastResponse.create = function(properties) {
                return new MeshBroadcastResponse(properties);
            };

            MeshBroadcastResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id.length)
                    w.uint32(10).bytes(m.id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshBroadcastResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshBroadcastResponse();
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
                                m.id = v;
                            else
                                delete m.id;
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

            return MeshBroadcastResponse;
        })();

        v1.MeshPeer = (function() {

            const MeshPeer = function (p) {
                this.addresses = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshPeer.prototype.node_key = $util.newBuffer([]);
            MeshPeer.prototype.peer_id = "";
            MeshPeer.prototype.addresses = $util.emptyArray;
            MeshPeer.prototype.connected_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            MeshPeer.create = function(properties) {
                return new MeshPeer(properties);
            };

            MeshPeer.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node_key != null && $Object.hasOwnProperty.call(m, "node_key") && m.node_key.length)
                    w.uint32(10).bytes(m.node_key);
                if (m.peer_id != null && $Object.hasOwnProperty.call(m, "peer_id") && m.peer_id !== "")
                    w.uint32(18).string(m.peer_id);
                if (m.addresses != null && m.addresses.length) {
                    for (var i = 0; i < m.addresses.length; ++i)
                        w.uint32(26).string(m.addresses[i]);
                }
                if (m.connected_at_ms != null && $Object.hasOwnProperty.call(m, "connected_at_ms") && (typeof m.connected_at_ms === "object" ? m.connected_at_ms.low || m.connected_at_ms.high : m.connected_at_ms !== 0))
                    w.uint32(32).uint64(m.connected_at_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshPeer.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshPeer();
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
                                m.node_key = v;
                            else
                                delete m.node_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.peer_id = v;
                            else
                                delete m.peer_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.addresses && m.addresses.length))
                                m.addresses = [];
                            m.addresses.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.connected_at_ms = v;
                            else
                                delete m.connected_at_ms;
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

            return MeshPeer;
        })();

        v1.MeshPeersRequest = (function() {

            const MeshPeersRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshPeersRequest.prototype.auth = null;

            MeshPeersRequest.create = function(properties) {
                return new MeshPeersRequest(properties);
            };

            MeshPeersRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshPeersRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshPeersRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return MeshPeersRequest;
        })();

        v1.MeshPeersResponse = (function() {

            const MeshPeersResponse = function (p) {
                this.peers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshPeersResponse.prototype.peers = $util.emptyArray;

            MeshPeersResponse.create = function(properties) {
                return new MeshPeersResponse(properties);
            };

            MeshPeersResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peers != null && m.peers.length) {
                    for (var i = 0; i < m.peers.length; ++i)
                        $root.qpq.v1.MeshPeer.encode(m.peers[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshPeersResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshPeersResponse();
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
                            if (!(m.peers && m.peers.length))
                                m.peers = [];
                            m.peers.push($root.qpq.v1.MeshPeer.decode(r, r.size(), $undefined, q + 1));
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

            return MeshPeersResponse;
        })();

        v1.MeshIdentityRequest = (function() {

            const MeshIdentityRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshIdentityRequest.create = function(properties) {
                return new MeshIdentityRequest(properties);
            };

            MeshIdentityRequest.encode = function (m, w, q) {
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

            MeshIdentityRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshIdentityRequest();
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

            return MeshIdentityRequest;
        })();

        v1.MeshIdentityResponse = (function() {

            const MeshIdentityResponse = function (p) {
                this.listen_addresses = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshIdentityResponse.prototype.node_key = $util.newBuffer([]);
            MeshIdentityResponse.prototype.peer_id = "";
            MeshIdentityResponse.prototype.listen_addresses = $util.emptyArray;

            MeshIdentityResponse.create = function(properties) {
                return new MeshIdentityResponse(properties);
            };

            MeshIdentityResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node_key != null && $Object.hasOwnProperty.call(m, "node_key") && m.node_key.length)
                    w.uint32(10).bytes(m.node_key);
                if (m.peer_id != null && $Object.hasOwnProperty.call(m, "peer_id") && m.peer_id !== "")
                    w.uint32(18).string(m.peer_id);
                if (m.listen_addresses != null && m.listen_addresses.length) {
                    for (var i = 0; i < m.listen_addresses.length; ++i)
                        w.uint32(26).string(m.listen_addresses[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshIdentityResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshIdentityResponse();
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
                                m.node_key = v;
                            else
                                delete m.node_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.peer_id = v;
                            else
                                delete m.peer_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.listen_addresses && m.listen_addresses.length))
                                m.listen_addresses = [];
                            m.listen_addresses.push(r.stringVerify());
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

            return MeshIdentityResponse;
        })();

        v1.MeshSubmitRequest = (function() {

            const MeshSubmitRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshSubmitRequest.prototype.envelope = null;

            MeshSubmitRequest.create = function(properties) {
                return new MeshSubmitRequest(properties);
            };

            MeshSubmitRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.envelope != null && $Object.hasOwnProperty.call(m, "envelope"))
                    $root.qpq.v1.MeshEnvelope.encode(m.envelope, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshSubmitRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshSubmitRequest();
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
                            m.envelope = $root.qpq.v1.MeshEnvelope.decode(r, r.size(), $undefined, q + 1, m.envelope);
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

            return MeshSubmitRequest;
        })();

        v1.MeshSubmitResponse = (function() {

            const MeshSubmitResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshSubmitResponse.prototype.delivered = false;

            MeshSubmitResponse.create = function(properties) {
                return new MeshSubmitResponse(properties);
            };

            MeshSubmitResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.delivered != null && $Object.hasOwnProperty.call(m, "delivered") && m.delivered !== false)
                    w.uint32(8).bool(m.delivered);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshSubmitResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshSubmitResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.delivered = v;
                            else
                                delete m.delivered;
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

            return MeshSubmitResponse;
        })();

        v1.MeshStoreRequest = (function() {

            const MeshStoreRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshStoreRequest.prototype.auth = null;

            MeshStoreRequest.create = function(properties) {
                return new MeshStoreRequest(properties);
            };

            MeshStoreRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshStoreRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshStoreRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return MeshStoreRequest;
        })();

        v1.MeshStoreResponse = (function() {

            const MeshStoreResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshStoreResponse.prototype.envelopes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MeshStoreResponse.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MeshStoreResponse.prototype.max_envelopes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MeshStoreResponse.prototype.max_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MeshStoreResponse.prototype.seen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            MeshStoreResponse.create = function(properties) {
                return new MeshStoreResponse(properties);
            };

            MeshStoreResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.envelopes != null && $Object.hasOwnProperty.call(m, "envelopes") && (typeof m.envelopes === "object" ? m.envelopes.low || m.envelopes.high : m.envelopes !== 0))
                    w.uint32(8).uint64(m.envelopes);
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                    w.uint32(16).uint64(m.bytes);
                if (m.max_envelopes != null && $Object.hasOwnProperty.call(m, "max_envelopes") && (typeof m.max_envelopes === "object" ? m.max_envelopes.low || m.max_envelopes.high : m.max_envelopes !== 0))
                    w.uint32(24).uint64(m.max_envelopes);
                if (m.max_bytes != null && $Object.hasOwnProperty.call(m, "max_bytes") && (typeof m.max_bytes === "object" ? m.max_bytes.low || m.max_bytes.high : m.max_bytes !== 0))
                    w.uint32(32).uint64(m.max_bytes);
                if (m.seen != null && $Object.hasOwnProperty.call(m, "seen") && (typeof m.seen === "object" ? m.seen.low || m.seen.high : m.seen !== 0))
                    w.uint32(40).uint64(m.seen);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshStoreResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshStoreResponse();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.envelopes = v;
                            else
                                delete m.envelopes;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.bytes = v;
                            else
                                delete m.bytes;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.max_envelopes = v;
                            else
                                delete m.max_envelopes;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.max_bytes = v;
                            else
                                delete m.max_bytes;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seen = v;
                            else
                                delete m.seen;
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

            return MeshStoreResponse;
        })();

        v1.MeshBroadcastEvent = (function() {

            const MeshBroadcastEvent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            MeshBroadcastEvent.prototype.envelope = null;

            MeshBroadcastEvent.create = function(properties) {
                return new MeshBroadcastEvent(properties);
            };

            MeshBroadcastEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.envelope != null && $Object.hasOwnProperty.call(m, "envelope"))
                    $root.qpq.v1.MeshEnvelope.encode(m.envelope, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            MeshBroadcastEvent.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.MeshBroadcastEvent();
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
                            m.envelope = $root.qpq.v1.MeshEnvelope.decode(r, r.size(), $undefined, q + 1, m.envelope);
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

            return MeshBroadcastEvent;
        })();

        v1.ReportMessageRequest = (function() {

            const ReportMessageRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ReportMessageRequest.prototype.reported_key = $util.newBuffer([]);
            ReportMessageRequest.prototype.channel_id = $util.newBuffer([]);
            ReportMessageRequest.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ReportMessageRequest.prototype.reason = "";
            ReportMessageRequest.prototype.evidence = $util.newBuffer([]);
            ReportMessageRequest.prototype.comment = "";
            ReportMessageRequest.prototype.auth = null;

            ReportMessageRequest.create = function(properties) {
                return new ReportMessageRequest(properties);
            };

            ReportMessageRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reported_key != null && $Object.hasOwnProperty.call(m, "reported_key") && m.reported_key.length)
                    w.uint32(10).bytes(m.reported_key);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(18).bytes(m.channel_id);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(24).uint64(m.seq);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(34).string(m.reason);
                if (m.evidence != null && $Object.hasOwnProperty.call(m, "evidence") && m.evidence.length)
                    w.uint32(42).bytes(m.evidence);
                if (m.comment != null && $Object.hasOwnProperty.call(m, "comment") && m.comment !== "")
                    w.uint32(50).string(m.comment);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ReportMessageRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ReportMessageRequest();
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
                                m.reported_key = v;
                            else
                                delete m.reported_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.evidence = v;
                            else
                                delete m.evidence;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.comment = v;
                            else
                                delete m.comment;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return ReportMessageRequest;
        })();

        v1.ReportMessageResponse = (function() {

            const ReportMessageResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ReportMessageResponse.prototype.report_id = $util.newBuffer([]);

            ReportMessageResponse.create = function(properties) {
                return new ReportMessageResponse(properties);
            };

            ReportMessageResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.report_id != null && $Object.hasOwnProperty.call(m, "report_id") && m.report_id.length)
                    w.uint32(10).bytes(m.report_id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ReportMessageResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ReportMessageResponse();
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
                                m.report_id = v;
                            else
                                delete m.report_id;
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

            return ReportMessageResponse;
        })();

        v1.BanUserRequest = (function() {

            const BanUserRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            BanUserRequest.prototype.identity_key = $util.newBuffer([]);
            BanUserRequest.prototype.channel_id = $util.newBuffer([]);
            BanUserRequest.prototype.reason = "";
            BanUserRequest.prototype.duration_secs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            BanUserRequest.prototype.auth = null;

            BanUserRequest.create = function(properties) {
                return new BanUserRequest(properties);
            };

            BanUserRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(18).bytes(m.channel_id);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(26).string(m.reason);
                if (m.duration_secs != null && $Object.hasOwnProperty.call(m, "duration_secs") && (typeof m.duration_secs === "object" ? m.duration_secs.low || m.duration_secs.high : m.duration_secs !== 0))
                    w.uint32(32).uint64(m.duration_secs);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            BanUserRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.BanUserRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.duration_secs = v;
                            else
                                delete m.duration_secs;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return BanUserRequest;
        })();

        v1.BanUserResponse = (function() {

            const BanUserResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            BanUserResponse.prototype.success = false;
            BanUserResponse.prototype.expires_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            BanUserResponse.create = function(properties) {
                return new BanUserResponse(properties);
            };

            BanUserResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.success != null && $Object.hasOwnProperty.call(m, "success") && m.success !== false)
                    w.uint32(8).bool(m.success);
                if (m.expires_at_ms != null && $Object.hasOwnProperty.call(m, "expires_at_ms") && (typeof m.expires_at_ms === "object" ? m.expires_at_ms.low || m.expires_at_ms.high : m.expires_at_ms !== 0))
                    w.uint32(16).uint64(m.expires_at_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            BanUserResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.BanUserResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.success = v;
                            else
                                delete m.success;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.expires_at_ms = v;
                            else
                                delete m.expires_at_ms;
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

            return BanUserResponse;
        })();

        v1.UnbanUserRequest = (function() {

            const UnbanUserRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UnbanUserRequest.prototype.identity_key = $util.newBuffer([]);
            UnbanUserRequest.prototype.channel_id = $util.newBuffer([]);
            UnbanUserRequest.prototype.auth = null;

            UnbanUserRequest.create = function(properties) {
                return new UnbanUserRequest(properties);
            };

            UnbanUserRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(18).bytes(m.channel_id);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            UnbanUserRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.UnbanUserRequest();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return UnbanUserRequest;
        })();

        v1.UnbanUserResponse = (function() {

            const UnbanUserResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UnbanUserResponse.prototype.success = false;

            UnbanUserResponse.create = function(properties) {
                return new UnbanUserResponse(properties);
            };

            UnbanUserResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.success != null && $Object.hasOwnProperty.call(m, "success") && m.success !== false)
                    w.uint32(8).bool(m.success);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            UnbanUserResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.UnbanUserResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.success = v;
                            else
                                delete m.success;
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

            return UnbanUserResponse;
        })();

        v1.Report = (function() {

            const Report = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Report.prototype.report_id = $util.newBuffer([]);
            Report.prototype.reporter_key = $util.newBuffer([]);
            Report.prototype.reported_key = $util.newBuffer([]);
            Report.prototype.channel_id = $util.newBuffer([]);
            Report.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Report.prototype.reason = "";
            Report.prototype.evidence = $util.newBuffer([]);
            Report.prototype.comment = "";
            Report.prototype.created_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Report.create = function(properties) {
                return new Report(properties);
            };

            Report.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.report_id != null && $Object.hasOwnProperty.call(m, "report_id") && m.report_id.length)
                    w.uint32(10).bytes(m.report_id);
                if (m.reporter_key != null && $Object.hasOwnProperty.call(m, "reporter_key") && m.reporter_key.length)
                    w.uint32(18).bytes(m.reporter_key);
                if (m.reported_key != null && $Object.hasOwnProperty.call(m, "reported_key") && m.reported_key.length)
                    w.uint32(26).bytes(m.reported_key);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(34).bytes(m.channel_id);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(40).uint64(m.seq);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(50).string(m.reason);
                if (m.evidence != null && $Object.hasOwnProperty.call(m, "evidence") && m.evidence.length)
                    w.uint32(58).bytes(m.evidence);
                if (m.comment != null && $Object.hasOwnProperty.call(m, "comment") && m.comment !== "")
                    w.uint32(66).string(m.comment);
                if (m.created_at_ms != null && $Object.hasOwnProperty.call(m, "created_at_ms") && (typeof m.created_at_ms === "object" ? m.created_at_ms.low || m.created_at_ms.high : m.created_at_ms !== 0))
                    w.uint32(72).uint64(m.created_at_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Report.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.Report();
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
                                m.report_id = v;
                            else
                                delete m.report_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.reporter_key = v;
                            else
                                delete m.reporter_key;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.reported_key = v;
                            else
                                delete m.reported_key;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.evidence = v;
                            else
                                delete m.evidence;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.comment = v;
                            else
                                delete m.comment;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.created_at_ms = v;
                            else
                                delete m.created_at_ms;
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

            return Report;
        })();

        v1.ListReportsRequest = (function() {

            const ListReportsRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ListReportsRequest.prototype.limit = 0;
            ListReportsRequest.prototype.cursor = $util.newBuffer([]);
            ListReportsRequest.prototype.auth = null;

            ListReportsRequest.create = function(properties) {
                return new ListReportsRequest(properties);
            };

            ListReportsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(8).uint32(m.limit);
                if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor") && m.cursor.length)
                    w.uint32(18).bytes(m.cursor);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ListReportsRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ListReportsRequest();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.cursor = v;
                            else
                                delete m.cursor;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return ListReportsRequest;
        })();

        v1.ListReportsResponse = (function() {

            const ListReportsResponse = function (p) {
                this.reports = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ListReportsResponse.prototype.reports = $util.emptyArray;
            ListReportsResponse.prototype.next_cursor = $util.newBuffer([]);

            ListReportsResponse.create = function(properties) {
                return new ListReportsResponse(properties);
            };

            ListReportsResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reports != null && m.reports.length) {
                    for (var i = 0; i < m.reports.length; ++i)
                        $root.qpq.v1.Report.encode(m.reports[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.next_cursor != null && $Object.hasOwnProperty.call(m, "next_cursor") && m.next_cursor.length)
                    w.uint32(18).bytes(m.next_cursor);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ListReportsResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ListReportsResponse();
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
                            if (!(m.reports && m.reports.length))
                                m.reports = [];
                            m.reports.push($root.qpq.v1.Report.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.next_cursor = v;
                            else
                                delete m.next_cursor;
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

            return ListReportsResponse;
        })();

        v1.BannedUser = (function() {

            const BannedUser = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            BannedUser.prototype.identity_key = $util.newBuffer([]);
            BannedUser.prototype.channel_id = $util.newBuffer([]);
            BannedUser.prototype.reason = "";
            BannedUser.prototype.banned_by = $util.newBuffer([]);
            BannedUser.prototype.banned_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            BannedUser.prototype.expires_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            BannedUser.create = function(properties) {
                return new BannedUser(properties);
            };

            BannedUser.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(18).bytes(m.channel_id);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(26).string(m.reason);
                if (m.banned_by != null && $Object.hasOwnProperty.call(m, "banned_by") && m.banned_by.length)
                    w.uint32(34).bytes(m.banned_by);
                if (m.banned_at_ms != null && $Object.hasOwnProperty.call(m, "banned_at_ms") && (typeof m.banned_at_ms === "object" ? m.banned_at_ms.low || m.banned_at_ms.high : m.banned_at_ms !== 0))
                    w.uint32(40).uint64(m.banned_at_ms);
                if (m.expires_at_ms != null && $Object.hasOwnProperty.call(m, "expires_at_ms") && (typeof m.expires_at_ms === "object" ? m.expires_at_ms.low || m.expires_at_ms.high : m.expires_at_ms !== 0))
                    w.uint32(48).uint64(m.expires_at_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            BannedUser.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.BannedUser();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.banned_by = v;
                            else
                                delete m.banned_by;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.banned_at_ms = v;
                            else
                                delete m.banned_at_ms;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.expires_at_ms = v;
                            else
                                delete m.expires_at_ms;
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

            return BannedUser;
        })();

        v1.ListBannedRequest = (function() {

            const ListBannedRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ListBannedRequest.prototype.limit = 0;
            ListBannedRequest.prototype.cursor = $util.newBuffer([]);
            ListBannedRequest.prototype.channel_id = $util.newBuffer([]);
            ListBannedRequest.prototype.auth = null;

            ListBannedRequest.create = function(properties) {
                return new ListBannedRequest(properties);
            };

            ListBannedRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(8).uint32(m.limit);
                if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor") && m.cursor.length)
                    w.uint32(18).bytes(m.cursor);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(26).bytes(m.channel_id);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ListBannedRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ListBannedRequest();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.cursor = v;
                            else
                                delete m.cursor;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return ListBannedRequest;
        })();

        v1.ListBannedResponse = (function() {

            const ListBannedResponse = function (p) {
                this.banned = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ListBannedResponse.prototype.banned = $util.emptyArray;
            ListBannedResponse.prototype.next_cursor = $util.newBuffer([]);

            ListBannedResponse.create = function(properties) {
                return new ListBannedResponse(properties);
            };

            ListBannedResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.banned != null && m.banned.length) {
                    for (var i = 0; i < m.banned.length; ++i)
                        $root.qpq.v1.BannedUser.encode(m.banned[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.next_cursor != null && $Object.hasOwnProperty.call(m, "next_cursor") && m.next_cursor.length)
                    w.uint32(18).bytes(m.next_cursor);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ListBannedResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ListBannedResponse();
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
                            if (!(m.banned && m.banned.length))
                                m.banned = [];
                            m.banned.push($root.qpq.v1.BannedUser.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.next_cursor = v;
                            else
                                delete m.next_cursor;
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

            return ListBannedResponse;
        })();

        v1.ServerNotice = (function() {

            const ServerNotice = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ServerNotice.prototype.text = "";
            ServerNotice.prototype.source = "";
            ServerNotice.prototype.timestamp_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ServerNotice.create = function(properties) {
                return new ServerNotice(properties);
            };

            ServerNotice.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(10).string(m.text);
                if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== "")
                    w.uint32(18).string(m.source);
                if (m.timestamp_ms != null && $Object.hasOwnProperty.call(m, "timestamp_ms") && (typeof m.timestamp_ms === "object" ? m.timestamp_ms.low || m.timestamp_ms.high : m.timestamp_ms !== 0))
                    w.uint32(24).uint64(m.timestamp_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ServerNotice.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ServerNotice();
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
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.source = v;
                            else
                                delete m.source;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.timestamp_ms = v;
                            else
                                delete m.timestamp_ms;
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

            return ServerNotice;
        })();

        v1.NewMessage = (function() {

            const NewMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NewMessage.prototype.envelope = null;
            NewMessage.prototype.recipient_key = $util.newBuffer([]);
            NewMessage.prototype.channel_id = $util.newBuffer([]);
            NewMessage.prototype.device_id = $util.newBuffer([]);
            NewMessage.prototype.message_id = $util.newBuffer([]);
            NewMessage.prototype.enqueued_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NewMessage.prototype.expires_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NewMessage.prototype.data_omitted = false;

            NewMessage.create = function(properties) {
                return new NewMessage(properties);
            };

            NewMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.envelope != null && $Object.hasOwnProperty.call(m, "envelope"))
                    $root.qpq.v1.Envelope.encode(m.envelope, w.uint32(10).fork(), q + 1).ldelim();
                if (m.recipient_key != null && $Object.hasOwnProperty.call(m, "recipient_key") && m.recipient_key.length)
                    w.uint32(18).bytes(m.recipient_key);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(26).bytes(m.channel_id);
                if (m.device_id != null && $Object.hasOwnProperty.call(m, "device_id") && m.device_id.length)
                    w.uint32(34).bytes(m.device_id);
                if (m.message_id != null && $Object.hasOwnProperty.call(m, "message_id") && m.message_id.length)
                    w.uint32(42).bytes(m.message_id);
                if (m.enqueued_at_ms != null && $Object.hasOwnProperty.call(m, "enqueued_at_ms") && (typeof m.enqueued_at_ms === "object" ? m.enqueued_at_ms.low || m.enqueued_at_ms.high : m.enqueued_at_ms !== 0))
                    w.uint32(48).uint64(m.enqueued_at_ms);
                if (m.expires_at_ms != null && $Object.hasOwnProperty.call(m, "expires_at_ms") && (typeof m.expires_at_ms === "object" ? m.expires_at_ms.low || m.expires_at_ms.high : m.expires_at_ms !== 0))
                    w.uint32(56).uint64(m.expires_at_ms);
                if (m.data_omitted != null && $Object.hasOwnProperty.call(m, "data_omitted") && m.data_omitted !== false)
                    w.uint32(64).bool(m.data_omitted);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NewMessage.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.NewMessage();
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
                            m.envelope = $root.qpq.v1.Envelope.decode(r, r.size(), $undefined, q + 1, m.envelope);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.recipient_key = v;
                            else
                                delete m.recipient_key;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.device_id = v;
                            else
                                delete m.device_id;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.message_id = v;
                            else
                                delete m.message_id;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.enqueued_at_ms = v;
                            else
                                delete m.enqueued_at_ms;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.expires_at_ms = v;
                            else
                                delete m.expires_at_ms;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.data_omitted = v;
                            else
                                delete m.data_omitted;
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

            return NewMessage;
        })();

        v1.Typing = (function() {

            const Typing = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Typing.prototype.channel_id = $util.newBuffer([]);
            Typing.prototype.sender_key = $util.newBuffer([]);
            Typing.prototype.typing = false;
            Typing.prototype.timestamp_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Typing.create = function(properties) {
                return new Typing(properties);
            };

            Typing.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(10).bytes(m.channel_id);
                if (m.sender_key != null && $Object.hasOwnProperty.call(m, "sender_key") && m.sender_key.length)
                    w.uint32(18).bytes(m.sender_key);
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing") && m.typing !== false)
                    w.uint32(24).bool(m.typing);
                if (m.timestamp_ms != null && $Object.hasOwnProperty.call(m, "timestamp_ms") && (typeof m.timestamp_ms === "object" ? m.timestamp_ms.low || m.timestamp_ms.high : m.timestamp_ms !== 0))
                    w.uint32(32).uint64(m.timestamp_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Typing.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.Typing();
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
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.sender_key = v;
                            else
                                delete m.sender_key;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.typing = v;
                            else
                                delete m.typing;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.timestamp_ms = v;
                            else
                                delete m.timestamp_ms;
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

            return Typing;
        })();

        v1.Presence = (function() {

            const Presence = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Presence.prototype.identity_key = $util.newBuffer([]);
            Presence.prototype.online = false;
            Presence.prototype.last_seen_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Presence.create = function(properties) {
                return new Presence(properties);
            };

            Presence.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.identity_key != null && $Object.hasOwnProperty.call(m, "identity_key") && m.identity_key.length)
                    w.uint32(10).bytes(m.identity_key);
                if (m.online != null && $Object.hasOwnProperty.call(m, "online") && m.online !== false)
                    w.uint32(16).bool(m.online);
                if (m.last_seen_ms != null && $Object.hasOwnProperty.call(m, "last_seen_ms") && (typeof m.last_seen_ms === "object" ? m.last_seen_ms.low || m.last_seen_ms.high : m.last_seen_ms !== 0))
                    w.uint32(24).uint64(m.last_seen_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Presence.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.Presence();
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
                                m.identity_key = v;
                            else
                                delete m.identity_key;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.online = v;
                            else
                                delete m.online;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.last_seen_ms = v;
                            else
                                delete m.last_seen_ms;
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

            return Presence;
        })();

        v1.Membership = (function() {

            const Membership = function (p) {
                this.member_keys = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Membership.prototype.group_id = $util.newBuffer([]);
            Membership.prototype.channel_id = $util.newBuffer([]);
            Membership.prototype.change = "";
            Membership.prototype.member_keys = $util.emptyArray;
            Membership.prototype.actor_key = $util.newBuffer([]);
            Membership.prototype.timestamp_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Membership.create = function(properties) {
                return new Membership(properties);
            };

            Membership.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.group_id != null && $Object.hasOwnProperty.call(m, "group_id") && m.group_id.length)
                    w.uint32(10).bytes(m.group_id);
                if (m.channel_id != null && $Object.hasOwnProperty.call(m, "channel_id") && m.channel_id.length)
                    w.uint32(18).bytes(m.channel_id);
                if (m.change != null && $Object.hasOwnProperty.call(m, "change") && m.change !== "")
                    w.uint32(26).string(m.change);
                if (m.member_keys != null && m.member_keys.length) {
                    for (var i = 0; i < m.member_keys.length; ++i)
                        w.uint32(34).bytes(m.member_keys[i]);
                }
                if (m.actor_key != null && $Object.hasOwnProperty.call(m, "actor_key") && m.actor_key.length)
                    w.uint32(42).bytes(m.actor_key);
                if (m.timestamp_ms != null && $Object.hasOwnProperty.call(m, "timestamp_ms") && (typeof m.timestamp_ms === "object" ? m.timestamp_ms.low || m.timestamp_ms.high : m.timestamp_ms !== 0))
                    w.uint32(48).uint64(m.timestamp_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Membership.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.Membership();
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
                                m.group_id = v;
                            else
                                delete m.group_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.channel_id = v;
                            else
                                delete m.channel_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.change = v;
                            else
                                delete m.change;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.member_keys && m.member_keys.length))
                                m.member_keys = [];
                            m.member_keys.push(r.bytes());
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.actor_key = v;
                            else
                                delete m.actor_key;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.timestamp_ms = v;
                            else
                                delete m.timestamp_ms;
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

            return Membership;
        })();

        v1.ConfigurePushesRequest = (function() {

            const ConfigurePushesRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ConfigurePushesRequest.prototype.coalesce = false;

            ConfigurePushesRequest.create = function(properties) {
                return new ConfigurePushesRequest(properties);
            };

            ConfigurePushesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.coalesce != null && $Object.hasOwnProperty.call(m, "coalesce") && m.coalesce !== false)
                    w.uint32(8).bool(m.coalesce);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ConfigurePushesRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ConfigurePushesRequest();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.coalesce = v;
                            else
                                delete m.coalesce;
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

            return ConfigurePushesRequest;
        })();

        v1.ConfigurePushesResponse = (function() {

            const ConfigurePushesResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ConfigurePushesResponse.prototype.coalesce = false;

            ConfigurePushesResponse.create = function(properties) {
                return new ConfigurePushesResponse(properties);
            };

            ConfigurePushesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.coalesce != null && $Object.hasOwnProperty.call(m, "coalesce") && m.coalesce !== false)
                    w.uint32(8).bool(m.coalesce);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ConfigurePushesResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.ConfigurePushesResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.coalesce = v;
                            else
                                delete m.coalesce;
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

            return ConfigurePushesResponse;
        })();

        v1.StoreRecoveryBundleRequest = (function() {

            const StoreRecoveryBundleRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StoreRecoveryBundleRequest.prototype.token_hash = $util.newBuffer([]);
            StoreRecoveryBundleRequest.prototype.bundle = $util.newBuffer([]);
            StoreRecoveryBundleRequest.prototype.auth = null;

            StoreRecoveryBundleRequest.create = function(properties) {
                return new StoreRecoveryBundleRequest(properties);
            };

            StoreRecoveryBundleRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.token_hash != null && $Object.hasOwnProperty.call(m, "token_hash") && m.token_hash.length)
                    w.uint32(10).bytes(m.token_hash);
                if (m.bundle != null && $Object.hasOwnProperty.call(m, "bundle") && m.bundle.length)
                    w.uint32(18).bytes(m.bundle);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StoreRecoveryBundleRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.StoreRecoveryBundleRequest();
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
                                m.token_hash = v;
                            else
                                delete m.token_hash;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.bundle = v;
                            else
                                delete m.bundle;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return StoreRecoveryBundleRequest;
        })();

        v1.StoreRecoveryBundleResponse = (function() {

            const StoreRecoveryBundleResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StoreRecoveryBundleResponse.prototype.success = false;
            StoreRecoveryBundleResponse.prototype.bundle_count = 0;

            StoreRecoveryBundleResponse.create = function(properties) {
                return new StoreRecoveryBundleResponse(properties);
            };

            StoreRecoveryBundleResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.success != null && $Object.hasOwnProperty.call(m, "success") && m.success !== false)
                    w.uint32(8).bool(m.success);
                if (m.bundle_count != null && $Object.hasOwnProperty.call(m, "bundle_count") && m.bundle_count !== 0)
                    w.uint32(16).uint32(m.bundle_count);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StoreRecoveryBundleResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.StoreRecoveryBundleResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.success = v;
                            else
                                delete m.success;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.bundle_count = v;
                            else
                                delete m.bundle_count;
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

            return StoreRecoveryBundleResponse;
        })();

        v1.FetchRecoveryBundleRequest = (function() {

            const FetchRecoveryBundleRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchRecoveryBundleRequest.prototype.recovery_token = $util.newBuffer([]);
            FetchRecoveryBundleRequest.prototype.auth = null;

            FetchRecoveryBundleRequest.create = function(properties) {
                return new FetchRecoveryBundleRequest(properties);
            };

            FetchRecoveryBundleRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.recovery_token != null && $Object.hasOwnProperty.call(m, "recovery_token") && m.recovery_token.length)
                    w.uint32(10).bytes(m.recovery_token);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchRecoveryBundleRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchRecoveryBundleRequest();
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
                                m.recovery_token = v;
                            else
                                delete m.recovery_token;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return FetchRecoveryBundleRequest;
        })();

        v1.FetchRecoveryBundleResponse = (function() {

            const FetchRecoveryBundleResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FetchRecoveryBundleResponse.prototype.bundle = $util.newBuffer([]);

            FetchRecoveryBundleResponse.create = function(properties) {
                return new FetchRecoveryBundleResponse(properties);
            };

            FetchRecoveryBundleResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.bundle != null && $Object.hasOwnProperty.call(m, "bundle") && m.bundle.length)
                    w.uint32(10).bytes(m.bundle);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FetchRecoveryBundleResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.FetchRecoveryBundleResponse();
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
                                m.bundle = v;
                            else
                                delete m.bundle;
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

            return FetchRecoveryBundleResponse;
        })();

        v1.DeleteRecoveryBundleRequest = (function() {

            const DeleteRecoveryBundleRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DeleteRecoveryBundleRequest.prototype.token_hash = $util.newBuffer([]);
            DeleteRecoveryBundleRequest.prototype.auth = null;

            DeleteRecoveryBundleRequest.create = function(properties) {
                return new DeleteRecoveryBundleRequest(properties);
            };

            DeleteRecoveryBundleRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.token_hash != null && $Object.hasOwnProperty.call(m, "token_hash") && m.token_hash.length)
                    w.uint32(10).bytes(m.token_hash);
                if (m.auth != null && $Object.hasOwnProperty.call(m, "auth"))
                    $root.qpq.v1.Auth.encode(m.auth, w.uint32(122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DeleteRecoveryBundleRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.DeleteRecoveryBundleRequest();
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
                                m.token_hash = v;
                            else
                                delete m.token_hash;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.auth = $root.qpq.v1.Auth.decode(r, r.size(), $undefined, q + 1, m.auth);
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

            return DeleteRecoveryBundleRequest;
        })();

        v1.DeleteRecoveryBundleResponse = (function() {

            const DeleteRecoveryBundleResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DeleteRecoveryBundleResponse.prototype.deleted = 0;

            DeleteRecoveryBundleResponse.create = function(properties) {
                return new DeleteRecoveryBundleResponse(properties);
            };

            DeleteRecoveryBundleResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted") && m.deleted !== 0)
                    w.uint32(8).uint32(m.deleted);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DeleteRecoveryBundleResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.qpq.v1.DeleteRecoveryBundleResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.deleted = v;
                            else
                                delete m.deleted;
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

            return DeleteRecoveryBundleResponse;
        })();

        return v1;
    })();

    return qpq;
})();

export {
  $root as default
};
