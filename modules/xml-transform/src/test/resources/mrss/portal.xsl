<?xml version="1.0" encoding="UTF-8"?>
<!-- A typical generic-provider MRSS transformer: the entry as a partner's ingest document. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:param name="channel" select="'default'"/>
  <xsl:template match="/">
    <xsl:apply-templates select="mrss/channel/item"/>
  </xsl:template>
  <xsl:template match="item">
    <video id="{entryId}" channel="{$channel}">
      <title><xsl:value-of select="title"/></title>
      <summary><xsl:value-of select="normalize-space(description)"/></summary>
      <keywords><xsl:for-each select="tags/tag"><xsl:if test="position() &gt; 1">,</xsl:if><xsl:value-of select="."/></xsl:for-each></keywords>
      <duration><xsl:value-of select="duration"/></duration>
      <xsl:for-each select="media/content[@flavorAssetId = current()/distribution/flavorAssetIds/flavorAssetId]">
        <xsl:sort select="@bitrate" data-type="number" order="descending"/>
        <file url="{@url}" width="{@width}" height="{@height}" bitrate="{@bitrate}"/>
      </xsl:for-each>
      <xsl:for-each select="media/thumbnail[@thumbAssetId = current()/distribution/thumbAssetIds/thumbAssetId]">
        <poster url="{@url}"/>
      </xsl:for-each>
      <availability from="{distribution/sunrise}" until="{distribution/sunset}"/>
    </video>
  </xsl:template>
</xsl:stylesheet>
