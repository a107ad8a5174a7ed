/** @module Types generated from contracts/luminus.yaml by `npm run generate`; do not edit. */
export interface paths {
    "/zoom/Meeting/{ID}/Sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get sync zoom data
         * @description Refreshes LumiNUS's record of the meeting from Zoom and returns it. Meetings deleted in Zoom keep their last known values and answer `notFoundInZoom: true`.
         */
        get: operations["syncMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApimError: {
            statusCode: number;
            message: string;
        };
        /** @description Zoom meeting object. */
        Meeting: {
            /**
             * Format: uuid
             * @description The Meeting ID.
             */
            id: string;
            /** @description The Meeting Name. */
            name: string;
            /**
             * Format: date-time
             * @description the date which this resource is open to students.
             */
            startDate: string;
            /**
             * Format: date-time
             * @description the date which this resource is closed from students.
             */
            endDate: string;
            /**
             * Format: date-time
             * @description The date this record is created.
             */
            createdDate: string;
            /**
             * Format: uuid
             * @description the ID of the user who created this record.
             */
            creatorID: string;
            /** @description whether the login user has read only access. */
            readonlyAccess: boolean;
            /** @description The NUSNETID of the user who created this meeting. */
            userID: string;
            /** @description The name of the user who created this meeting. */
            userName: string;
            /** @description The email address of the user who created this meeting. */
            email: string;
            /** @description The topic of the meeting. */
            topic: string;
            /** @description The API username for zoom. */
            apiUserName: string;
            /** @description The Zoom meeting number. */
            meetingID: string;
            /** @description The duration of the meeting in minutes. */
            meetingDuration: number;
            /** @description The meeting passcode. */
            meetingPassword: string;
            /** @description The URL to join the meeting. */
            joinUrl: string;
            /** @description The host key. */
            hostKey: string;
            /** @description Whether an email is sent to students. */
            isSendEmail: boolean;
            /** @description Whether the recording URL is published. */
            isPublishRecordURL: boolean;
            /** @description Whether the meeting has a passcode. */
            isSetPassword: boolean;
            /** @description Whether the waiting room is enabled. */
            isWaitingRoom: boolean;
            /** @description Whether only authenticated users can join. */
            meetingAuthentication: boolean;
            /** @description Whether participants are muted upon entry. */
            muteUponEntry: boolean;
            /** @description Whether the meeting no longer exists in Zoom. */
            notFoundInZoom: boolean;
            /**
             * @description Automatic recording. 0 none, 1 local, 2 cloud.
             * @enum {integer}
             */
            recordType: 0 | 1 | 2;
            /** @description The authentication option. */
            authenticationOpt: string;
            /** @description Alternative hosts' email addresses. */
            alternativeHosts: string;
            /**
             * @description 1 exam, 2 custom, 3 timetable.
             * @enum {integer}
             */
            meetingType: 1 | 2 | 3;
            /**
             * Format: uuid
             * @description The module the meeting belongs to.
             */
            moduleID: string;
            /** @description Whether recordings are exported to Multimedia (web). */
            exportMultimediaWeb: boolean;
            /**
             * Format: uuid
             * @description The Multimedia channel recordings are published to.
             */
            channelID: string | null;
            /** @description The name of that channel. */
            channelName: string | null;
            /** @description Whether recordings are published to the Multimedia channel (spelled as the API spells it). */
            publishMutimediaChannel: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    syncMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The LumiNUS meeting id, an 8-4-4-4-12 UUID in any case.
                 * @example 00000000-0000-4000-8000-000000000001
                 */
                ID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns meeting information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description The ID is not a UUID (`Bad Request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApimError"];
                };
            };
            /** @description The subscription key is missing or invalid (Azure API Management). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApimError"];
                };
            };
            /** @description The key's user has no access to the meeting's module (`Login user not authorized to perform this action`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApimError"];
                };
            };
            /** @description No LumiNUS meeting has this ID. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApimError"];
                };
            };
            /** @description The Azure API Management rate-limit policy refused the call. */
            429: {
                headers: {
                    /** @description Seconds until the subscription's rate-limit period renews. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApimError"];
                };
            };
            /** @description Unexpected failure. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApimError"];
                };
            };
        };
    };
}
