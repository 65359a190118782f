// The notice, saved outside the project: one problem's status word is not in the vocabulary.
def notice = '''中共测试区工作委员会
关于巡视整改进展情况的通报
根据省委统一部署，2023年3月11日至5月10日，省委第七巡视组对测试区进行了专项巡视。2023年7月20日，省委巡视组向测试区党工委反馈了巡视意见。
一、集中整改期内已完成或阶段性完成的整改事项
（一）反馈问题：资金安全风险较高。
1.问题：存在化债压力。
整改结果：已完成
整改情况：一是安排收入。二是还本付息。
2.问题：担保责任较大。
整改结果：正在整改
整改情况：核查担保。
联系电话：0730-1234567。
中共测试区工作委员会
2023年12月26日
'''
def file = new File(basedir.parentFile, 'import-notice-outside-project-notices/notice.txt')
file.parentFile.mkdirs()
file.setText(notice, 'UTF-8')
true // a pre-build script that does not return true makes invoker skip the build
