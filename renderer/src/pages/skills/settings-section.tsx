/** This section's settings, shown on the Settings page. */
export default function SkillsSettings() {
  return null;
}
