/** The imsmanifest.xml of a SCORM 1.2 package holding one SCO: the quiz page. */

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A manifest for quiz `id` titled `title`, whose page and other files are `files` (the first is launched). */
export function scormManifest(id: string, title: string, files: readonly string[]): string {
  const identifier = `sidecar-academy-${id}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${xml(identifier)}-org">
    <organization identifier="${xml(identifier)}-org">
      <title>${xml(title)}</title>
      <item identifier="${xml(identifier)}-item" identifierref="${xml(identifier)}-sco" isvisible="true">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xml(identifier)}-sco" type="webcontent" adlcp:scormtype="sco" href="${xml(files[0] ?? 'index.html')}">
${files.map((file) => `      <file href="${xml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
