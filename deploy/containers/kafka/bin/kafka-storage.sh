#!/usr/bin/env bash
# Same name and arguments as in the official image; a small client JVM.
exec java ${KAFKA_TOOL_OPTS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} \
  -Dlog4j2.configurationFile=/opt/kafka/config/tools-log4j2.yaml -cp '/opt/kafka/libs/*' kafka.tools.StorageTool "$@"
