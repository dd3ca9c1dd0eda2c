# Writes a DOCX with Word headings, a numbered list and tables with merged
# cells (w:vMerge, w:gridSpan), on the styles and numbering of a fixture.
import zipfile, shutil, html
# Run from the project root: python3 testdata/synthetic/src/2023-11-21_cluster-protection_mopti.py
src='testdata/corpus/icc_reunion_idps-segou_sans-date.docx'  # its styles and numbering
out='testdata/synthetic/2023-11-21_cluster-protection_mopti.docx'
def run(t, b=False):
    rpr='<w:rPr><w:b/></w:rPr>' if b else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(t)}</w:t></w:r>'
def p(t, style=None, num=None, b=False):
    ppr=''
    if style or num:
        ppr='<w:pPr>'+(f'<w:pStyle w:val="{style}"/>' if style else '')+(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else '')+'</w:pPr>'
    return f'<w:p>{ppr}{run(t,b)}</w:p>'
def cell(t, span=None, vmerge=None, b=False):
    tcpr=''
    if span or vmerge:
        tcpr='<w:tcPr>'+(f'<w:gridSpan w:val="{span}"/>' if span else '')+(f'<w:vMerge w:val="restart"/>' if vmerge=='restart' else ('<w:vMerge/>' if vmerge=='cont' else ''))+'</w:tcPr>'
    return f'<w:tc>{tcpr}{p(t,b=b) if t is not None else "<w:p/>"}</w:tc>'
def row(*cells): return '<w:tr>'+''.join(cells)+'</w:tr>'
def table(ncols, rows):
    grid='<w:tblGrid>'+''.join('<w:gridCol w:w="2000"/>' for _ in range(ncols))+'</w:tblGrid>'
    return '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'+grid+''.join(rows)+'</w:tbl>'
body=[]
body.append(p('CLUSTER PROTECTION – SOUS-CLUSTER MOPTI', 'Heading1'))
body.append(p('Compte rendu de la réunion de coordination du 21 novembre 2023', 'Heading2'))
body.append(p('Lieu : Bureau UNHCR Mopti (Sévaré)'))
body.append(p('Heure : 9h30 – 11h00'))
body.append(p('Facilitation : Mme Kadiatou Sidibé (UNHCR), co-facilitation : M. Moussa Dembélé (DRC)'))
body.append(p('Ordre du jour', 'Heading2'))
for t in ['Mot de bienvenue et tour de table','Suivi des points d’action de la réunion d’octobre','Analyse des incidents de protection du mois','Divers']:
    body.append(p(t, num=2))
body.append(p('Analyse des incidents de protection', 'Heading2'))
body.append(p('Le monitoring de protection a enregistré 143 incidents en octobre, dont 38 % de violations du droit à la propriété. Les cercles de Bandiagara et Djenné restent les plus touchés.'))
body.append(p('Points d’action', 'Heading2'))
rows=[row(cell('N°',b=True),cell('Action',b=True),cell('Responsable',b=True),cell('Échéance',b=True))]
rows.append(row(cell('1'),cell('Partager la note de plaidoyer sur l’accès aux services d’état civil'),cell('UNHCR / DRC',vmerge='restart'),cell('30 novembre 2023')))
rows.append(row(cell('2'),cell('Organiser une session de formation sur les principes de protection pour les FDS'),cell(None,vmerge='cont'),cell('1er trimestre 2024')))
rows.append(row(cell('3'),cell('Compléter la cartographie des services de prise en charge VBG à Djenné'),cell('Sous-cluster VBG'),cell('Immédiat')))
rows.append(row(cell('Points de suivi de la réunion précédente',span=4,b=True)))
rows.append(row(cell('4'),cell('Relancer le plaidoyer pour la réouverture de l’école de Ségué'),cell('Coordination'),cell('En continu')))
body.append(table(4, rows))
body.append(p('Liste de présence', 'Heading2'))
rows=[row(cell('Structure',b=True),cell('Nom et prénom',b=True),cell('Fonction',b=True),cell('Contact',b=True))]
for s,n,f,c in [('UNHCR','Kadiatou Sidibé','Protection Officer','sidibe@unhcr.org'),('DRC','Moussa Dembélé','Coordinateur protection','+223 76 00 00 00'),('NRC','Aminata Coulibaly','ICLA Officer',''),('IRC','Boubacar Traoré','Gestionnaire de cas',''),('DRDSES Mopti','Issa Guindo','Chef de division','')]:
    rows.append(row(cell(s),cell(n),cell(f),cell(c)))
body.append(table(4, rows))
doc_xml='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'+''.join(body)+'<w:sectPr/></w:body></w:document>'
zin=zipfile.ZipFile(src)
zout=zipfile.ZipFile(out,'w',zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data=zin.read(item.filename)
    if item.filename=='word/document.xml':
        data=doc_xml.encode()
    zout.writestr(item, data)
zout.close()
print(out)
