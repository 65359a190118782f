// A notice as the clerk has it: the Word file (.docx), made here as Word writes its smallest
// form (a zip of three XML parts), so the test commits no binary. The notice states its problems
// in prose, with totals, and gives no status per problem.
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

def notice = '''中共测试县住房和城乡建设局党组
关于巡察整改进展情况的通报
根据县委统一部署，2023年4月10日至6月10日，县委第一巡察组对县住房和城乡建设局党组进行了常规巡察。2023年8月15日，县委巡察组向县住房和城乡建设局党组反馈了巡察意见。
一、整改工作组织开展情况
（一）提高政治站位，压实整改责任。局党组召开专题会议3次。
二、巡察反馈问题整改进展情况
巡察反馈的2个方面3个问题，已完成整改2个、正在整改1个，整改完成率66.7%。
（一）在“落实党的路线方针政策”方面
1.关于“理论学习不深入”问题的整改
一是制定学习计划。二是开展专题学习。
2.关于“意识形态工作责任制落实不到位”问题的整改
修订《意识形态工作责任制实施细则》。
（二）在“全面从严治党”方面
3.关于“违规发放津补贴”问题的整改
已清退违规发放的津补贴。
联系电话：0731-84000000。
中共测试县住房和城乡建设局党组
2023年12月22日'''

def xml = { s -> s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') }
def body = notice.readLines().collect { '<w:p><w:r><w:t xml:space="preserve">' + xml(it) + '</w:t></w:r></w:p>' }.join('')
def parts = [
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        + '</Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        + '</Relationships>',
    'word/document.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body + '</w:body></w:document>']
new File(basedir, 'notice.docx').withOutputStream { out ->
    def zip = new ZipOutputStream(out)
    parts.each { name, content ->
        zip.putNextEntry(new ZipEntry(name))
        zip.write(content.getBytes('UTF-8'))
        zip.closeEntry()
    }
    zip.close()
}
true // a pre-build script that does not return true makes invoker skip the build
