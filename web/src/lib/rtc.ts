// Voice/video calls: the join endpoint answers with Agora credentials. The real Agora Web SDK
// (large) is loaded only when they are real, i.e. the backend is configured with an Agora app
// (a 32-hex-digit app id); the development backend's fake issuer hands out "fake-rtc-app"
// credentials, for which the call screen shows a local stand-in instead.
import type { components } from "@/api/schema";

export type Rtc = components["schemas"]["RtcOut"];

export function usesRealAgora(rtc: Rtc): boolean {
  return rtc.provider === "agora" && /^[0-9a-f]{32}$/i.test(rtc.app_id);
}

export type CallKind = "voice" | "video";

export type CallHandle = {
  setMuted(muted: boolean): Promise<void>;
  setCameraOff(off: boolean): Promise<void>;
  leave(): Promise<void>;
};

/**
 * Join the Agora channel with the SDK, publishing the microphone (and camera for video) and
 * playing whoever else is there into `remote`. The SDK is imported here, on demand, so no page
 * downloads it unless a real call starts.
 */
export async function joinAgora(
  rtc: Rtc,
  kind: CallKind,
  elements: { local: HTMLElement; remote: HTMLElement },
  onPeers: (count: number) => void,
): Promise<CallHandle> {
  const { default: AgoraRTC } = await import("agora-rtc-sdk-ng");
  const client = AgoraRTC.createClient({ mode: "rtc", codec: "vp8" });
  client.on("user-published", async (user, mediaType) => {
    await client.subscribe(user, mediaType);
    if (mediaType === "video") user.videoTrack?.play(elements.remote);
    if (mediaType === "audio") user.audioTrack?.play();
    onPeers(client.remoteUsers.length);
  });
  client.on("user-left", () => onPeers(client.remoteUsers.length));
  await client.join(rtc.app_id, rtc.channel, rtc.token, rtc.uid);
  const microphone = await AgoraRTC.createMicrophoneAudioTrack();
  const camera = kind === "video" ? await AgoraRTC.createCameraVideoTrack() : null;
  camera?.play(elements.local);
  await client.publish(camera ? [microphone, camera] : [microphone]);
  return {
    setMuted: (muted) => microphone.setEnabled(!muted),
    setCameraOff: async (off) => {
      await camera?.setEnabled(!off);
    },
    async leave() {
      microphone.close();
      camera?.close();
      await client.leave();
    },
  };
}
